import { writeFile } from 'node:fs/promises'
import path from 'node:path'

import { seedPractices } from '../../seed'
import { partsOf } from '@/data/values-per-query'
import { MAX_IMPORT_BYTES } from '@/exchange/import-file'
import { practicesCsv } from '@/exchange/open-data-files'
import { practiceInputSchema, type PracticeInput } from '@/framework/practice-schema'
import { runNpmScript } from './run'

/** `rows` fully filled practices for the import bench: the demo practices repeated under new slugs starting with `slugPrefix`. */
export function importPractices(rows: number, slugPrefix = 'import'): PracticeInput[] {
  const seeds = seedPractices.map((p) => practiceInputSchema.parse(p))
  return Array.from({ length: rows }, (_, i) => ({ ...seeds[i % seeds.length]!, slug: `${seeds[i % seeds.length]!.slug}-${slugPrefix}-${i}` }))
}

/** The practices as CSV files in `dir`, each within the import's size limit; their paths and total bytes. */
export async function writeImportFiles(dir: string, name: string, practices: PracticeInput[]): Promise<{ files: string[]; bytes: number }> {
  const bytes = Buffer.byteLength(practicesCsv(practices, 'en'))
  const perFile = Math.ceil(practices.length / Math.ceil(bytes / (MAX_IMPORT_BYTES * 0.95)))
  const files: string[] = []
  for (const part of partsOf(practices, perFile)) {
    const file = path.join(dir, `${name}-${files.length + 1}.csv`)
    await writeFile(file, practicesCsv(part, 'en'))
    files.push(file)
  }
  return { files, bytes }
}

/** Seconds one `npm run import` of `files` takes (process start included) against env's DATABASE_URL. */
export async function timeImport(env: NodeJS.ProcessEnv, files: string[], ...flags: string[]): Promise<number> {
  const started = performance.now()
  await runNpmScript('import', [...files, ...flags], env)
  return (performance.now() - started) / 1000
}
