/**
 * `npm run bench`: loads 10,000 and 100,000 synthetic practices into scratch
 * databases and times the catalogue's data function for a fixed set of queries
 * (p50 and p95 over 30 runs after 3 warm-ups), beside the facet-count SQL alone
 * (the floor). Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir.
 * `--sizes 10000` runs fewer sizes.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { getCatalogue } from '../src/data/catalogue'
import { parseCatalogueQuery } from '../src/data/catalogue-query'
import { countsStatement } from '../src/data/catalogue-sql'
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres'
import { ensureDatabaseExists } from './lib/prepare-database'
import { ROOT } from './lib/environment'
import { run } from './lib/run'
import { insertSyntheticPractices } from './lib/synthetic-practices'
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

let embedded: RunningPostgres | undefined
let tempDir: string | undefined
let urlFor: (db: string) => string
if (process.env.DATABASE_URL) {
  urlFor = (db) => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${db}` }).toString()
} else {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-'))
  await chmod(tempDir, 0o755)
  embedded = await startEmbeddedPostgres(path.join(tempDir, 'pg'))
  urlFor = embedded.url
}

const lines: string[] = []
try {
  for (const size of sizes) {
    const url = urlFor(`atlas_bench_${size}_${process.pid}`)
    await ensureDatabaseExists(url)
    await run(`${ROOT}/node_modules/.bin/tsx`, ['scripts/migrate.ts'], { ...process.env, DATABASE_URL: url, SEED_DEMO: 'true', PAYLOAD_SECRET: 'bench' })
    const pool = new pg.Pool({ connectionString: url, max: 4 })
    const client = await pool.connect()
    const loadStarted = Date.now()
    await insertSyntheticPractices(client, size)
    await client.query('VACUUM ANALYZE')
    client.release()
    console.log(`${size} synthetic practices loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s`)
    const anonymous = { user: null }
    const { total } = await getCatalogue(anonymous, parseCatalogueQuery({}), 'en', { db: pool, cache: false })
    const lastPage = String(Math.ceil(total / 20))
    for (const [name, raw] of catalogueQueries) {
      const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === 'LAST' ? lastPage : v]))
      const query = parseCatalogueQuery(params)
      const result = await getCatalogue(anonymous, query, 'en', { db: pool, cache: false })
      const cold = await measure(() => getCatalogue(anonymous, query, 'en', { db: pool, cache: false }))
      const warm = await measure(() => getCatalogue(anonymous, query, 'en', { db: pool }))
      const statement = countsStatement(query, 'en')
      const floor = await measure(() => pool.query(statement.text, statement.values))
      lines.push(
        `| ${size.toLocaleString('en')} | ${name} | ${result.total.toLocaleString('en')} | ${ms(percentile(cold, 50))} | ${ms(percentile(cold, 95))} | ${ms(percentile(floor, 50))} | ${ms(percentile(floor, 95))} | ${(percentile(cold, 50) / percentile(floor, 50)).toFixed(2)} | ${ms(percentile(warm, 50))} |`,
      )
    }
    await pool.end()
  }
} finally {
  await embedded?.stop()
  if (tempDir) await rm(tempDir, { recursive: true, force: true })
}

console.log('\nCatalogue data function (getCatalogue), server-side, ms. cold = cache off; floor = the facet-count SQL alone;')
console.log('warm = answered from the cache, valid until the next write to practices.')
console.log('| practices | query | matches | cold p50 | cold p95 | floor p50 | floor p95 | cold p50 / floor | warm p50 |')
console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|')
for (const line of lines) console.log(line)
process.exit(0)
