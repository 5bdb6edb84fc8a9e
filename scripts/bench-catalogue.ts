/**
 * `npm run bench:catalogue`: the catalogue and home timings of scripts/lib/bench-catalogue.ts on the app's own
 * database (DATABASE_URL, or the embedded PostgreSQL under .data/), e.g. after `npm run seed:synthetic -- --count 100000`.
 */
import pg from 'pg'

import { benchCatalogue, benchHome, catalogueIndexBuild } from './lib/bench-catalogue'
import { appEnvironment } from './lib/environment'
import { ms } from './lib/timing'

const { env, embedded } = await appEnvironment({ shareRunningDatabase: true })
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 })
try {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM practices WHERE _status = 'published'`)
  console.log(`${rows[0].n.toLocaleString('en')} published practices. Server-side ms; cold = cache off, floor = the facet-count SQL alone.`)
  console.log('| query | matches | cold p50 | cold p95 | floor p50 | floor p95 | cold p50 / floor | all-SQL p50 | all-SQL p95 | warm p50 |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
  for (const t of await benchCatalogue(pool)) {
    console.log(`| ${t.query} | ${t.matches.toLocaleString('en')} | ${ms(t.cold.p50)} | ${ms(t.cold.p95)} | ${ms(t.floor.p50)} | ${ms(t.floor.p95)} | ${t.ratio.toFixed(2)} | ${ms(t.sql.p50)} | ${ms(t.sql.p95)} | ${ms(t.warm.p50)} |`)
  }
  const index = await catalogueIndexBuild(pool)
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  console.log(
    `catalogue index: built in ${ms(index.ms)} ms, ${mb(index.bytes)} MB for ${index.practices.toLocaleString('en')} practices (+ ${mb(index.practices * 4)} MB per sort order read)`,
  )
  const home = await benchHome(pool)
  console.log(`home page data: cold p50 ${ms(home.cold.p50)} p95 ${ms(home.cold.p95)}; warm p50 ${ms(home.warm.p50)} p95 ${ms(home.warm.p95)}`)
} finally {
  await pool.end()
  await embedded?.stop()
}
process.exit(0)
