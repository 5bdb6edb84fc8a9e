/**
 * The bench's data-function measures (server-side, no HTTP): the catalogue's data function cold (cache off) beside
 * the facet-count SQL alone (its floor) for a fixed set of queries (bench-catalogue.ts), the catalogue index's build,
 * the home page's data, the country profile, four countries side by side, and the comparison of four practices
 * (in a child process: Payload reads DATABASE_URL once).
 */
import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { getCountryComparison, getCountryProfile } from '@/data/countries'
import type { ReadOptions } from '@/data/generation-read'
import { benchCatalogue, benchHome, catalogueIndexBuild } from './bench-catalogue'
import type { ComparisonTiming } from './bench-comparison'
import { BENCH_SECRET } from './bench-database'
import { p50p95, type BenchTable } from './bench-table'
import { ROOT } from './environment'
import { runScript } from './run'
import { measure, ms, percentile } from './timing'

/** The country reads: a country profile, four countries side by side. */
const inventoryReads: [name: string, read: (options: ReadOptions) => Promise<unknown>][] = [
  ['country profile (BE)', (options) => getCountryProfile('BE', 'en', options)],
  ['four countries side by side', (options) => getCountryComparison(['BE', 'NL', 'DE', 'FR'], 'en', options)],
]

/** Fills the data-function rows of `table` for the database at `url`; returns the per-query catalogue lines (Markdown). */
export async function benchDataReads(url: string, size: number, table: BenchTable, runs: number): Promise<string[]> {
  const lines: string[] = []
  const pool = new pg.Pool({ connectionString: url, max: 4 })
  try {
    const timings = await benchCatalogue(pool, runs)
    for (const t of timings) {
      lines.push(
        `| ${size.toLocaleString('en')} | ${t.query} | ${t.matches.toLocaleString('en')} | ${ms(t.cold.p50)} | ${ms(t.cold.p95)} | ${ms(t.floor.p50)} | ${ms(t.floor.p95)} | ${t.ratio.toFixed(2)} | ${ms(t.warm.p50)} |`,
      )
      if (t.query === 'no filter' || t.query === 'three facets' || t.query === 'text search') {
        table.set(size, `catalogue data, ${t.query}: cold p50 / p95 ms`, p50p95(t.cold.p50, t.cold.p95))
        table.set(size, `catalogue data, ${t.query}: floor (facet SQL) p50 / p95 ms`, p50p95(t.floor.p50, t.floor.p95))
      }
    }
    table.set(size, `catalogue data: cold p50 / floor p50, worst of ${timings.length} queries (aim ≤ 0.5)`, Math.max(...timings.map((t) => t.ratio)).toFixed(2))
    const index = await catalogueIndexBuild(pool)
    table.set(size, 'catalogue index: build ms; MB', `${ms(index.ms)}; ${(index.bytes / 1024 / 1024).toFixed(1)}`)
    const home = await benchHome(pool, runs)
    table.set(size, 'home page data: cold p50 / p95 ms; warm p50', `${p50p95(home.cold.p50, home.cold.p95)}; ${ms(home.warm.p50)}`)
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
