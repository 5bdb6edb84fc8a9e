/**
 * The public pages over HTTP against the built app, one client: for each page type, the first request (its
 * answer not cached yet) and p50 / p95 of the next ones. Practice pages are distinct practices, so each is a first visit.
 */
import pg from 'pg'

import { timedGet, type BenchApp } from './bench-app'
import { p50p95, type BenchTable } from './bench-table'
import { percentile } from './timing'

async function repeated(base: string, path: string, runs: number): Promise<{ first: number; rest: number[] }> {
  const first = await timedGet(base, path)
  if (first.status !== 200) throw new Error(`${path} answered ${first.status}`)
  const rest: number[] = []
  for (let i = 0; i < runs; i++) rest.push((await timedGet(base, path)).ms)
  return { first: first.ms, rest: rest.sort((a, b) => a - b) }
}

export async function benchPages(app: BenchApp, url: string, size: number, table: BenchTable, runs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const slugs = (await client.query<{ slug: string }>(`SELECT slug FROM practices WHERE _status = 'published' ORDER BY id DESC LIMIT $1`, [runs])).rows.map((r) => r.slug)
  const compared = (await client.query<{ slug: string }>(`SELECT slug FROM practices WHERE _status = 'published' AND NOT synthetic ORDER BY id LIMIT 4`)).rows.map((r) => r.slug)
  await client.end()
  const pages: [name: string, path: string][] = [
    ['home', '/en'],
    ['catalogue, first page', '/en/practices'],
    ['compare (four practices)', `/en/compare?practices=${compared.join(',')}`],
    ['country profile (BE)', '/en/countries/BE'],
  ]
  for (const [name, path] of pages) {
    const { first, rest } = await repeated(app.base, path, runs)
    table.set(size, `HTTP ${name}: first; then p50 / p95 ms`, `${first.toFixed(0)}; ${p50p95(percentile(rest, 50), percentile(rest, 95))}`)
  }
  const practicePages: number[] = []
  for (const slug of slugs) {
    const { status, ms } = await timedGet(app.base, `/en/practices/${slug}`)
    if (status !== 200) throw new Error(`/en/practices/${slug} answered ${status}`)
    practicePages.push(ms)
  }
  practicePages.sort((a, b) => a - b)
  table.set(size, `HTTP practice page, ${slugs.length} distinct: p50 / p95 ms`, p50p95(percentile(practicePages, 50), percentile(practicePages, 95)))
}
