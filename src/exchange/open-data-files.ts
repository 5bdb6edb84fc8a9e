import { exportOnlyKeys } from '@/framework/export-only-fields'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { headers } from './columns'
import { toCsv } from './csv'
import { dataLicence } from './licence'
import { practiceCells } from './rows'

/** Batches of practices, as an export reads them from the database. */
export type PracticeBatches = AsyncIterable<readonly PracticeInput[]>

/** The exchange columns, then the export-only ones (which an import ignores). */
const columns = [...headers, ...exportOnlyKeys]

/** A byte-order mark, so spreadsheets recognise UTF-8, and the header row. */
const csvHead = '\uFEFF' + toCsv([columns])

function csvRows(practices: readonly PracticeInput[], locale: Locale): string {
  if (practices.length === 0) return ''
  return toCsv(
    practices.map((p) => {
      const cells = practiceCells(p, locale)
      for (const key of exportOnlyKeys) cells.push(typeof p[key] === 'string' ? p[key] : '')
      return cells
    }),
  )
}

/**
 * The CSV file: one row per practice, one column per element in the template's order, option values as
 * labels in `locale`, then the export-only columns.
 */
export function practicesCsv(practices: readonly PracticeInput[], locale: Locale): string {
  return csvHead + csvRows(practices, locale)
}

/** The same CSV file written a batch at a time. */
export async function* practicesCsvChunks(batches: PracticeBatches, locale: Locale): AsyncGenerator<string> {
  yield csvHead
  for await (const practices of batches) if (practices.length > 0) yield csvRows(practices, locale)
}

/**
 * The JSON file, written a batch at a time: the practices in the importer's shape, with licence and
 * provenance (and the round of a snapshot); the same text as JSON.stringify(file, null, space) of the whole file.
 */
export async function* practicesJsonChunks(
  batches: PracticeBatches,
  { source, count, round, space = 0 }: { source: string; count: number; round?: { name: string; closedAt: string }; space?: number },
): AsyncGenerator<string> {
  const file = {
    title: 'Guidance Atlas: lifelong-guidance practices in Europe',
    licence: dataLicence,
    generatedAt: new Date().toISOString(),
    source,
    // A snapshot names its round, so that a citation can say which one.
    ...(round ? { round: { name: round.name, closedAt: round.closedAt } } : {}),
    count,
    practices: [],
  }
  const empty = JSON.stringify(file, null, space)
  // `practices` is the last key: its empty list is the last "[]" of the text.
  const listAt = empty.lastIndexOf('[]')
  const lineBreak = space > 0 ? `\n${' '.repeat(space * 2)}` : ''
  yield empty.slice(0, listAt + 1)
  let first = true
  for await (const practices of batches) {
    if (practices.length === 0) continue
    const items = practices.map((practice) => lineBreak + JSON.stringify(practice, null, space).replaceAll('\n', lineBreak))
    yield (first ? '' : ',') + items.join(',')
    first = false
  }
  yield (first || space === 0 ? '' : `\n${' '.repeat(space)}`) + empty.slice(listAt + 1)
}
