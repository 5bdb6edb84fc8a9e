/**
 * `npm run bench`: loads 10,000 and 100,000 synthetic practices into scratch
 * databases and times the catalogue's data function for a fixed set of queries
 * (p50 and p95 over 30 runs after 3 warm-ups), beside the facet-count SQL alone
 * (the floor); then the comparison of four practices, a country profile, four
 * countries side by side and the home page's figures.
 * Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir.
 * `--sizes 10000` runs fewer sizes.
 */
import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { getCatalogue } from '@/data/catalogue'
import { parseCatalogueQuery } from '@/url-state/catalogue-query'
import { countsStatement } from '@/data/catalogue-sql'
import { getCountryComparison, getCountryProfile } from '@/data/countries'
import type { ReadOptions } from '@/data/generation-read'
import { getInventoryStats } from '@/data/inventory-stats'
import type { ComparisonTiming } from './lib/bench-comparison'
import { ensureDatabaseExists } from './lib/prepare-database'
import { ROOT } from './lib/environment'
import { runScript } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'
import { insertSyntheticPractices } from './lib/synthetic-practices'
import { insertSyntheticSelectRows } from './lib/synthetic-select-rows'
import { measure, ms, percentile } from './lib/timing'

const sizes = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1].split(',').map(Number) : [10_000, 100_000]

const catalogueQueries: [name: string, params: Record<string, string | string[]>][] = [
  ['no filter', {}],
  ['one facet (theme)', { theme: 'access' }],
  ['three facets', { theme: 'access', audience: 'pupils', channel: 'chat' }],
  ['text search', { q: 'chat' }],
  ['text + facets', { q: 'career', country: ['BE', 'NL'], channel: 'chat' }],
  ['last page', { page: 'LAST' }],
]

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
    const { total } = await getCatalogue(parseCatalogueQuery({}), 'en', { db: pool, cache: false })
    const lastPage = String(Math.ceil(total / 20))
    for (const [name, raw] of catalogueQueries) {
      const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === 'LAST' ? lastPage : v]))
      const query = parseCatalogueQuery(params)
      const result = await getCatalogue(query, 'en', { db: pool, cache: false })
      const cold = await measure(() => getCatalogue(query, 'en', { db: pool, cache: false }))
      const warm = await measure(() => getCatalogue(query, 'en', { db: pool }))
      const statement = countsStatement(query, 'en')
      const floor = await measure(() => pool.query(statement.text, statement.values))
      lines.push(
        `| ${size.toLocaleString('en')} | ${name} | ${result.total.toLocaleString('en')} | ${ms(percentile(cold, 50))} | ${ms(percentile(cold, 95))} | ${ms(percentile(floor, 50))} | ${ms(percentile(floor, 95))} | ${(percentile(cold, 50) / percentile(floor, 50)).toFixed(2)} | ${ms(percentile(warm, 50))} |`,
      )
    }
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

console.log('\nCatalogue data function (getCatalogue), server-side, ms. cold = cache off; floor = the facet-count SQL alone;')
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

