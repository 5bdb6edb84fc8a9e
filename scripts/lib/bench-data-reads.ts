/**
 * The bench's data-function measures (server-side, no HTTP): the catalogue's data function cold (cache off) beside
 * the facet-count SQL alone (its floor) for a fixed set of queries, the country profile, four countries side by side,
 * the home page's figures, and the comparison of four practices (in a child process: Payload reads DATABASE_URL once).
 */
import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { getCatalogue } from '@/data/catalogue'
import { countsStatement } from '@/data/catalogue-sql'
import { getCountryComparison, getCountryProfile } from '@/data/countries'
import type { ReadOptions } from '@/data/generation-read'
import { getInventoryStats } from '@/data/inventory-stats'
import { parseCatalogueQuery } from '@/url-state/catalogue-query'
import type { ComparisonTiming } from './bench-comparison'
import { BENCH_SECRET } from './bench-database'
import { p50p95, type BenchTable } from './bench-table'
import { ROOT } from './environment'
import { runScript } from './run'
import { measure, ms, percentile } from './timing'

const catalogueQueries: [name: string, params: Record<string, string | string[]>][] = [
  ['no filter', {}],
  ['one facet (theme)', { theme: 'access' }],
  ['three facets', { theme: 'access', audience: 'pupils', channel: 'chat' }],
  ['text search', { q: 'chat' }],
  ['text + facets', { q: 'career', country: ['BE', 'NL'], channel: 'chat' }],
  ['last page', { page: 'LAST' }],
]

/** The country and inventory reads: a country profile, four countries side by side, the home page's figures. */
const inventoryReads: [name: string, read: (options: ReadOptions) => Promise<unknown>][] = [
  ['country profile (BE)', (options) => getCountryProfile('BE', 'en', options)],
  ['four countries side by side', (options) => getCountryComparison(['BE', 'NL', 'DE', 'FR'], 'en', options)],
  ['home page figures', (options) => getInventoryStats('en', options)],
]

/** Fills the data-function rows of `table` for the database at `url`; returns the per-query catalogue lines (Markdown). */
export async function benchDataReads(url: string, size: number, table: BenchTable, runs: number): Promise<string[]> {
  const lines: string[] = []
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  try {
    const { total } = await getCatalogue(parseCatalogueQuery({}), 'en', { db: pool, cache: false })
    const lastPage = String(Math.ceil(total / 20))
    const ratios: number[] = []
    for (const [name, raw] of catalogueQueries) {
      const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === 'LAST' ? lastPage : v]))
      const query = parseCatalogueQuery(params)
      const result = await getCatalogue(query, 'en', { db: pool, cache: false })
      const cold = await measure(() => getCatalogue(query, 'en', { db: pool, cache: false }), runs)
      const warm = await measure(() => getCatalogue(query, 'en', { db: pool }), runs)
      const statement = countsStatement(query, 'en')
      const floor = await measure(() => pool.query(statement.text, statement.values), runs)
      const ratio = percentile(cold, 50) / percentile(floor, 50)
      ratios.push(ratio)
      lines.push(
        `| ${size.toLocaleString('en')} | ${name} | ${result.total.toLocaleString('en')} | ${ms(percentile(cold, 50))} | ${ms(percentile(cold, 95))} | ${ms(percentile(floor, 50))} | ${ms(percentile(floor, 95))} | ${ratio.toFixed(2)} | ${ms(percentile(warm, 50))} |`,
      )
      if (name === 'no filter' || name === 'three facets') {
        table.set(size, `catalogue data, ${name}: cold p50 / p95 ms`, p50p95(percentile(cold, 50), percentile(cold, 95)))
        table.set(size, `catalogue data, ${name}: floor (facet SQL) p50 / p95 ms`, p50p95(percentile(floor, 50), percentile(floor, 95)))
      }
    }
    table.set(size, 'catalogue data: cold p50 / floor p50, worst of 6 queries (aim ≤ 0.5)', Math.max(...ratios).toFixed(2))
    for (const [name, read] of inventoryReads) {
      const cold = await measure(() => read({ db: pool, cache: false }), runs)
      const warm = await measure(() => read({ db: pool }), runs)
      table.set(size, `${name} data: cold p50 / p95 ms; warm p50`, `${p50p95(percentile(cold, 50), percentile(cold, 95))}; ${ms(percentile(warm, 50))}`)
    }
  } finally {
    await pool.end()
  }
  const timingsFile = path.join(os.tmpdir(), `atlas-bench-comparison-${process.pid}.json`)
  await runScript(`${ROOT}/scripts/lib/bench-comparison.ts`, [timingsFile], { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: BENCH_SECRET })
  for (const timing of JSON.parse(await readFile(timingsFile, 'utf8')) as ComparisonTiming[]) {
    table.set(size, `four practices compared data (${timing.locale}): p50 / p95 ms`, p50p95(timing.p50, timing.p95))
  }
  await rm(timingsFile, { force: true })
  return lines
}
