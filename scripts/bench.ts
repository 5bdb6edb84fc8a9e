/**
 * `npm run bench`: loads 10,000 and 100,000 synthetic practices into scratch
 * databases and times the catalogue's data function for a fixed set of queries
 * (p50 and p95 over 30 runs after 3 warm-ups), beside the facet-count SQL alone
 * (the floor; scripts/lib/bench-catalogue.ts); then the comparison of four practices, a country profile, four
 * countries side by side and the home page's figures.
 * Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir.
 * `--sizes 10000` runs fewer sizes.
 */
import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { getCountryComparison, getCountryProfile } from '@/data/countries'
import type { ReadOptions } from '@/data/generation-read'
import { getInventoryStats } from '@/data/inventory-stats'
import { benchCatalogue, benchHome } from './lib/bench-catalogue'
import type { ComparisonTiming } from './lib/bench-comparison'
import { ensureDatabaseExists } from './lib/prepare-database'
import { ROOT } from './lib/environment'
import { runScript } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'
import { insertSyntheticPractices } from './lib/synthetic-practices'
import { insertSyntheticSelectRows } from './lib/synthetic-select-rows'
import { measure, ms, percentile } from './lib/timing'

const sizes = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1].split(',').map(Number) : [10_000, 100_000]

const server = await scratchPostgres('bench')

const lines: string[] = []
const readLines: string[] = []

/** The country and inventory reads: a country profile, four countries side by side, the home page's figures. */
const inventoryReads: [name: string, read: (options: ReadOptions) => Promise<unknown>][] = [
  ['country profile (BE)', (options) => getCountryProfile('BE', 'en', options)],
  ['four countries side by side', (options) => getCountryComparison(['BE', 'NL', 'DE', 'FR'], 'en', options)],
  ['home page figures', (options) => getInventoryStats('en', options)],
]
try {
  for (const size of sizes) {
    const url = server.url(`atlas_bench_${size}_${process.pid}`)
    await ensureDatabaseExists(url)
    await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...process.env, DATABASE_URL: url, SEED_DEMO: 'true', PAYLOAD_SECRET: 'bench' })
    const pool = new pg.Pool({ connectionString: url, max: 4 })
    const client = await pool.connect()
    const loadStarted = Date.now()
    await insertSyntheticPractices(client, size)
    await insertSyntheticSelectRows(client)
    await client.query('VACUUM ANALYZE')
    client.release()
    console.log(`${size} synthetic practices loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`)
    for (const t of await benchCatalogue(pool)) {
      lines.push(
        `| ${size.toLocaleString('en')} | ${t.query} | ${t.matches.toLocaleString('en')} | ${ms(t.cold.p50)} | ${ms(t.cold.p95)} | ${ms(t.floor.p50)} | ${ms(t.floor.p95)} | ${t.ratio.toFixed(2)} | ${ms(t.warm.p50)} |`,
      )
    }
    const home = await benchHome(pool)
    readLines.push(`| ${size.toLocaleString('en')} | home page (figures and practice list) | ${ms(home.cold.p50)} | ${ms(home.cold.p95)} | ${ms(home.warm.p50)} |`)
    for (const [name, read] of inventoryReads) {
      const cold = await measure(() => read({ db: pool, cache: false }))
      const warm = await measure(() => read({ db: pool }))
      readLines.push(`| ${size.toLocaleString('en')} | ${name} | ${ms(percentile(cold, 50))} | ${ms(percentile(cold, 95))} | ${ms(percentile(warm, 50))} |`)
    }
    await pool.end()
    const timingsFile = path.join(os.tmpdir(), `atlas-bench-comparison-${process.pid}.json`)
    await runScript(`${ROOT}/scripts/lib/bench-comparison.ts`, [timingsFile], { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench' })
    for (const timing of JSON.parse(await readFile(timingsFile, 'utf8')) as ComparisonTiming[]) {
      readLines.push(`| ${size.toLocaleString('en')} | four practices compared (${timing.locale}) | ${ms(timing.p50)} | ${ms(timing.p95)} | – |`)
    }
    await rm(timingsFile, { force: true })
  }
} finally {
  await server.stop()
}

console.log('\nCatalogue data function (getCatalogue, from the catalogue index), server-side, ms. cold = cache off; floor = the facet-count SQL alone;')
console.log('warm = answered from the cache, valid until the next write to practices.')
console.log('| practices | query | matches | cold p50 | cold p95 | floor p50 | floor p95 | cold p50 / floor | warm p50 |')
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|')
for (const line of lines) console.log(line)
console.log('\nComparison and inventory reads, server-side, ms. cold = cache off; warm = answered from the cache, valid until')
console.log('the next write to practices. The comparison reads through the Local API uncached (Payload, then rows and charts).')
console.log('| practices | read | cold p50 | cold p95 | warm p50 |')
console.log('|---:|---|---:|---:|---:|')
for (const line of readLines) console.log(line)
process.exit(0)

