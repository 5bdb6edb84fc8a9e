import { exportOnlyKeys } from '@/framework/export-only-fields'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { headers } from './columns'
import { csvLine, toCsv } from './csv'
import { dataLicence } from './licence'
import { practiceCells } from './rows'

/** Batches of practices, as an export reads them from the database; each batch read once, before the next. */
export type PracticeBatches = AsyncIterable<Iterable<PracticeInput>>

/** The exchange columns, then the export-only ones (which an import ignores). */
const columns = [...headers, ...exportOnlyKeys]

/** A byte-order mark, so spreadsheets recognise UTF-8, and the header row. */
const csvHead = '\uFEFF' + toCsv([columns])

/** A practice's row: its exchange cells, then its export-only ones. */
function csvRow(practice: PracticeInput, locale: Locale): string {
  const cells = practiceCells(practice, locale)
  for (const key of exportOnlyKeys) cells.push(typeof practice[key] === 'string' ? practice[key] : '')
  return csvLine(cells)
}

/** The rows of a batch, each written as soon as its practice is read (so neither outlives its row). */
function csvRows(practices: Iterable<PracticeInput>, locale: Locale): string {
  let text = ''
  for (const practice of practices) text += csvRow(practice, locale)
  return text
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
  for await (const practices of batches) {
    const rows = csvRows(practices, locale)
    if (rows !== '') yield rows
  }
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
    let items = ''
    for (const practice of practices) {
      items += (first ? '' : ',') + lineBreak + JSON.stringify(practice, null, space).replaceAll('\n', lineBreak)
      first = false
    }
    if (items !== '') yield items
  }
  yield (first || space === 0 ? '' : `\n${' '.repeat(space)}`) + empty.slice(listAt + 1)
}
