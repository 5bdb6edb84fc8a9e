/**
 * `npm run bench:import`: the import in detail. Imports N practices (default 10,000: the demo practices repeated
 * under new slugs, so every row is a fully filled record) from CSV into a fresh database with `npm run import`,
 * then imports the same files again (nothing changes), then files in which every practice has changed (new
 * drafts), then changed again with --publish (documents rewritten). Files are cut to the import's size limit, so
 * N rows take several files, given to one `npm run import` (checked together, written in one transaction).
 * `--rows N` sets N. Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir.
 * (`npm run bench` times the first two runs at each of its sizes.)
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { MAX_IMPORT_BYTES } from '@/exchange/import-file'
import { ROOT } from './lib/environment'
import { importPractices, timeImport, writeImportFiles } from './lib/import-files'
import { ensureDatabaseExists } from './lib/prepare-database'
import { runScript } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'

const rows = Number(process.argv.includes('--rows') ? process.argv[process.argv.indexOf('--rows') + 1] : 10_000)
const tempDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-import-files-'))
const postgres = await scratchPostgres('bench-import')
const url = postgres.url(`atlas_bench_import_${process.pid}`)
try {
  await ensureDatabaseExists(url)
  const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench' }
  await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...env, SEED_DEMO: 'true' })
  const practices = importPractices(rows)
  const { files, bytes } = await writeImportFiles(tempDir, 'import', practices)
  const revised = (mark: string) => practices.map((p) => ({ ...p, summary: { ...p.summary, en: `${p.summary?.en ?? p.title.en} (${mark})` } }))
  const changed = await writeImportFiles(tempDir, 'changed', revised('revised'))
  const published = await writeImportFiles(tempDir, 'published', revised('revised and published'))
  const runs = [
    ['into an empty database (all created)', await timeImport(env, files)],
    ['the same files again (all unchanged)', await timeImport(env, files)],
    ['every summary changed (all updated: new drafts)', await timeImport(env, changed.files)],
    ['every summary changed, with --publish (all updated: documents rewritten)', await timeImport(env, published.files, '--publish')],
  ] as const
  const mb = (bytes / 1024 / 1024).toFixed(1)
  console.log(`\nCSV import of ${rows.toLocaleString('en')} practices (${mb} MB in ${files.length} files of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; one npm run import, process start included)`)
  console.log(`| run | seconds | practices/s |\n|---|---:|---:|`)
  for (const [label, seconds] of runs) console.log(`| ${label} | ${seconds.toFixed(1)} | ${(rows / seconds).toFixed(0)} |`)
} finally {
  await postgres.stop()
  await rm(tempDir, { recursive: true, force: true })
}
process.exit(0)
