/**
 * Part of `npm run bench`: the catalogue page's p50/p95 over HTTP against the built app with 10,000
 * synthetic practices, idle and while one client sends, back to back, the most expensive GraphQL
 * request the limits allow (src/security/graphql-request.ts). Aim: p95 under load within 2× of idle.
 * Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir; loopback only.
 */
import pg from 'pg'

import { graphqlLimits } from '@/security/graphql-request'
import { MAX_PAGE_SIZE } from '@/security/page-size'
import { rateLimits } from '@/security/rate-limits'
import { launchAppServer, waitUntilServing } from './lib/app-server'
import { buildApp } from './lib/build-app'
import { buildIsCurrent } from './lib/build-state'
import { freePort } from './lib/embedded-postgres'
import { ROOT } from './lib/environment'
import { ensureDatabaseExists } from './lib/prepare-database'
import { runScript, stopProcess } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'
import { insertSyntheticPractices } from './lib/synthetic-practices'
import { insertSyntheticSelectRows } from './lib/synthetic-select-rows'
import { ms, percentile } from './lib/timing'

const SIZE = 10_000
const PAGES = 120

const postgres = await scratchPostgres('bench-graphql')
const url = postgres.url(`atlas_bench_graphql_${process.pid}`)

// Each root field asks for a full capped page: the costliest shape that stays within every limit.
const pageSize = Math.min(MAX_PAGE_SIZE.anonymous, graphqlLimits.maxCost)
const rootFields = Math.min(graphqlLimits.maxRootFields, Math.floor(graphqlLimits.maxCost / pageSize))
const costliest = `{ ${Array.from({ length: rootFields }, (_, i) => `p${i}: Practices(limit: ${pageSize}, page: ${i + 1}) { totalDocs docs { title summary country { name } themes } }`).join(' ')} }`

/** GETs each catalogue page once (distinct pages, so no answer comes from the cache) and returns sorted durations. */
async function cataloguePages(base: string, firstPage: number): Promise<number[]> {
  const durations: number[] = []
  for (let page = firstPage; page < firstPage + PAGES; page++) {
    const started = performance.now()
    const response = await fetch(`${base}/en/practices?page=${page}`)
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`catalogue page ${page}: ${response.status}`)
    durations.push(performance.now() - started)
  }
  return durations.sort((a, b) => a - b)
}

let server: ReturnType<typeof launchAppServer> | undefined
try {
  await ensureDatabaseExists(url)
  const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench-graphql' }
  await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...env, SEED_DEMO: 'true' })
  const pool = new pg.Pool({ connectionString: url, max: 2 })
  const client = await pool.connect()
  await insertSyntheticPractices(client, SIZE)
  await insertSyntheticSelectRows(client)
  await client.query('VACUUM ANALYZE')
  client.release()
  await pool.end()
  if (!buildIsCurrent(ROOT)) await buildApp(env)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  server = launchAppServer({ ...env, PORT: String(port), SERVER_URL: base })
  await waitUntilServing(`${base}/en`, 120_000)
  await cataloguePages(base, 1000) // warm-up: compiled routes, connections

  const idle = await cataloguePages(base, 1)
  let attacking = true
  const attackStatuses = new Map<number, number>()
  const attacker = (async () => {
    while (attacking) {
      const response = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: costliest }) })
      await response.arrayBuffer()
      attackStatuses.set(response.status, (attackStatuses.get(response.status) ?? 0) + 1)
    }
  })()
  // Measured after one whole window of the client's GraphQL budget: the steady state, not the first burst alone.
  await new Promise((r) => setTimeout(r, rateLimits.graphql.seconds * 1000))
  const underLoad = await cataloguePages(base, PAGES + 1)
  attacking = false
  await attacker

  console.log(`\nCatalogue page over HTTP (${SIZE.toLocaleString('en')} practices, ${PAGES} distinct pages each), ms, while one client`)
  console.log(`sends the costliest allowed GraphQL request back to back (${rootFields} root field(s) × ${pageSize} practices),`)
  console.log(`within its budget of ${rateLimits.graphql.limit} requests in ${rateLimits.graphql.seconds} s (the refused ones answered 429).`)
  console.log('| catalogue | p50 | p95 |')
  console.log('|---|---:|---:|')
  console.log(`| idle | ${ms(percentile(idle, 50))} | ${ms(percentile(idle, 95))} |`)
  console.log(`| under the GraphQL load | ${ms(percentile(underLoad, 50))} | ${ms(percentile(underLoad, 95))} |`)
  console.log(`p95 ratio: ${(percentile(underLoad, 95) / percentile(idle, 95)).toFixed(2)} (aim ≤ 2); GraphQL answers: ${[...attackStatuses].map(([s, n]) => `${n} × ${s}`).join(', ')}`)
} finally {
  if (server) await stopProcess(server)
  await postgres.stop()
}
process.exit(0)
