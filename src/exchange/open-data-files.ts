import { exportOnlyKeys } from '@/framework/export-only-fields'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { headers } from './columns'
import { toCsv } from './csv'
import { dataLicence } from './licence'
import { practiceToRow } from './rows'

/**
 * The CSV file: one row per practice, one column per element in the template's order, option values as
 * labels in `locale`, then the export-only columns (which an import ignores). Starts with a byte-order mark so
 * spreadsheets recognise UTF-8.
 */
export function practicesCsv(practices: readonly PracticeInput[], locale: Locale): string {
  const columns = [...headers, ...exportOnlyKeys]
  const rows = practices.map((p) => ({ ...practiceToRow(p, locale), ...exportOnlyCells(p) }))
  return '\uFEFF' + toCsv([columns, ...rows.map((row) => columns.map((h) => row[h] ?? ''))])
}

const exportOnlyCells = (practice: PracticeInput): Record<string, string> =>
  Object.fromEntries(exportOnlyKeys.flatMap((key) => (typeof practice[key] === 'string' ? [[key, practice[key]]] : [])))

/** The JSON file: the practices in the importer's shape, with licence and provenance. */
export function practicesJson(practices: readonly PracticeInput[], source: string) {
  return {
    title: 'Guidance Atlas: lifelong-guidance practices in Europe',
    licence: dataLicence,
    generatedAt: new Date().toISOString(),
    source,
    count: practices.length,
    practices,
  }
}
