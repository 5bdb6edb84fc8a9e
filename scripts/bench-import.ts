/**
 * The import part of `npm run bench`: imports N practices (default 10,000: the demo
 * practices repeated under new slugs, so every row is a fully filled record) from
 * CSV into a fresh database with `npm run import`, then imports the same files again
 * (nothing changes), then files in which every practice has changed (new drafts), then
 * changed again with --publish (documents rewritten). Files are cut to the import's size limit, so N rows take several
 * files, given to one `npm run import` (checked together, written in one transaction).
 * `--rows N` sets N. Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { seedPractices } from '../seed'
import { MAX_IMPORT_BYTES } from '@/exchange/import-file'
import { practicesCsv } from '@/exchange/open-data-files'
import { practiceInputSchema } from '@/framework/practice-schema'
import { ROOT } from './lib/environment'
import { ensureDatabaseExists } from './lib/prepare-database'
import { run, runScript } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'

const rows = Number(process.argv.includes('--rows') ? process.argv[process.argv.indexOf('--rows') + 1] : 10_000)
const tempDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-import-files-'))
const postgres = await scratchPostgres('bench-import')
const url = postgres.url(`atlas_bench_import_${process.pid}`)
try {
  await ensureDatabaseExists(url)
  const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: 'bench' }
  await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...env, SEED_DEMO: 'true' })
  const seeds = seedPractices.map((p) => practiceInputSchema.parse(p))
  const practices = Array.from({ length: rows }, (_, i) => ({ ...seeds[i % seeds.length], slug: `${seeds[i % seeds.length].slug}-import-${i}` }))
  const totalBytes = Buffer.byteLength(practicesCsv(practices, 'en'))
  const fileCount = Math.ceil(totalBytes / (MAX_IMPORT_BYTES * 0.95))
  const perFile = Math.ceil(rows / fileCount)
  /** The practices as CSV files of at most the size limit. */
  const writeFiles = async (name: string, list: typeof practices) => {
    const files: string[] = []
    for (let start = 0; start < rows; start += perFile) {
      const file = path.join(tempDir, `${name}-${files.length + 1}.csv`)
      await writeFile(file, practicesCsv(list.slice(start, start + perFile), 'en'))
      files.push(file)
    }
    return files
  }
  const files = await writeFiles('import', practices)
  const revised = (mark: string) => practices.map((p) => ({ ...p, summary: { ...p.summary, en: `${p.summary?.en ?? p.title.en} (${mark})` } }))
  const changedFiles = await writeFiles('changed', revised('revised'))
  const publishedFiles = await writeFiles('published', revised('revised and published'))
  const importAll = async (list: string[], ...flags: string[]) => {
    const started = performance.now()
    await run('npm', ['run', '--silent', 'import', '--', ...list, ...flags], env)
    return (performance.now() - started) / 1000
  }
  const runs = [
    ['into an empty database (all created)', await importAll(files)],
    ['the same files again (all unchanged)', await importAll(files)],
    ['every summary changed (all updated: new drafts)', await importAll(changedFiles)],
    ['every summary changed, with --publish (all updated: documents rewritten)', await importAll(publishedFiles, '--publish')],
  ] as const
  const mb = (totalBytes / 1024 / 1024).toFixed(1)
  console.log(`\nCSV import of ${rows.toLocaleString('en')} practices (${mb} MB in ${files.length} files of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB; one npm run import, process start included)`)
  console.log(`| run | seconds | practices/s |\n|---|---:|---:|`)
  for (const [label, seconds] of runs) console.log(`| ${label} | ${seconds.toFixed(1)} | ${(rows / seconds).toFixed(0)} |`)
} finally {
  await postgres.stop()
  await rm(tempDir, { recursive: true, force: true })
}
process.exit(0)
