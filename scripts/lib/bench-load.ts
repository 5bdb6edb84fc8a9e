/**
 * The catalogue page under 20 concurrent clients (autocannon, loopback, for a fixed time): p50 / p95 latency and
 * answers per second. The clients walk through distinct addresses (pages, facet combinations, text searches), so
 * most answers are computed, not served from the cache, until the walk comes round again.
 */
import autocannon from 'autocannon'

import type { BenchApp } from './bench-app'
import { p50p95, type BenchTable } from './bench-table'
import { percentile } from './timing'

const CLIENTS = 20
const facets = ['', '&theme=access', '&audience=pupils', '&channel=chat', '&country=BE', '&theme=access&channel=chat', '&q=career', '&q=chat&country=NL']

/** Catalogue addresses in a fixed order: every facet combination on its first pages, then deeper pages. */
function* catalogueAddresses(lastPage: number): Generator<string> {
  for (let round = 0; ; round++) {
    for (const facet of facets) yield `/en/practices?page=${(round % lastPage) + 1}${facet}`
  }
}

export async function benchLoad(app: BenchApp, size: number, table: BenchTable, seconds: number): Promise<void> {
  const addresses = catalogueAddresses(Math.max(1, Math.floor(size / 20)))
  const latencies: number[] = []
  const statuses = new Map<number, number>()
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: app.base,
        connections: CLIENTS,
        duration: seconds,
        timeout: 30,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: addresses.next().value! }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, status, _bytes, ms) => {
      latencies.push(ms)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    })
  })
  latencies.sort((a, b) => a - b)
  const answers = [...statuses].map(([status, n]) => `${n} × ${status}`).join(', ')
  table.set(size, `HTTP catalogue, ${CLIENTS} clients for ${seconds} s: p50 / p95 ms`, latencies.length ? p50p95(percentile(latencies, 50), percentile(latencies, 95)) : 'no answers')
  table.set(size, `HTTP catalogue, ${CLIENTS} clients: answers/s (answers)`, `${(latencies.length / seconds).toFixed(1)} (${answers}${result.errors ? `, ${result.errors} errors` : ''})`)
}
