/**
 * The import part of `npm run bench`: imports N practices (default 1,000: the demo
 * practices repeated under new slugs) from one CSV file into a fresh database with
 * `npm run import`, and reports the rate and the time 10,000 rows would take.
 * `--rows N` sets N. Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir.
 */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { seedPractices } from '../seed'
import { practicesCsv } from '../src/exchange/open-data-files'
import { practiceInputSchema } from '../src/framework/practice-schema'
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres'
import { ROOT } from './lib/environment'
import { ensureDatabaseExists } from './lib/prepare-database'
import { run } from './lib/run'

const rows = Number(process.argv.includes('--rows') ? process.argv[process.argv.indexOf('--rows') + 1] : 1_000)
let embedded: RunningPostgres | undefined
const tempDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-import-'))
await chmod(tempDir, 0o755)
let url: string
if (process.env.DATABASE_URL) url = Object.assign(new URL(process.env.DATABASE_URL), { pathname: `/atlas_bench_import_${process.pid}` }).toString()
else {
  embedded = await startEmbeddedPostgres(path.join(tempDir, 'pg'))
  url = embedded.url('atlas_bench_import')
}
try {
  await ensureDatabaseExists(url)
  const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench' }
  await run(`${ROOT}/node_modules/.bin/tsx`, ['scripts/migrate.ts'], { ...env, SEED_DEMO: 'true' })
  const seeds = seedPractices.map((p) => practiceInputSchema.parse(p))
  const practices = Array.from({ length: rows }, (_, i) => ({ ...seeds[i % seeds.length], slug: `${seeds[i % seeds.length].slug}-import-${i}` }))
  const file = path.join(tempDir, 'import.csv')
  await writeFile(file, practicesCsv(practices, 'en'))
  const started = performance.now()
  await run(`${ROOT}/node_modules/.bin/tsx`, ['scripts/import.ts', file], env)
  const seconds = (performance.now() - started) / 1000
  console.log(
    `\nCSV import (npm run import, process start included): ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s = ` +
      `${(rows / seconds).toFixed(1)} rows/s; 10,000 rows would take about ${((10_000 / rows) * seconds).toFixed(0)} s`,
  )
} finally {
  await embedded?.stop()
  await rm(tempDir, { recursive: true, force: true })
}
process.exit(0)
