/** Reads an import file (CSV or JSON) into numbered rows of practice input, not yet validated. */
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { exportOnlyKeys } from '@/framework/export-only-fields'
import { headers as knownHeaders } from './columns'
import { CsvError, decodeUtf8, parseCsv } from './csv'
import { columnOfPath, rowToPractice, shown, type CellProblem } from './rows'
import { nestsTooDeep, textProblemsIn, tooDeepProblem } from './value-checks'

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

export interface ImportProblem {
  /** Named when several files are imported together. */
  file?: string
  /** 1-based: in a CSV the header is row 1; in JSON the first practice is row 1. */
  row: number
  column: string
  value: string
  expected: string
}

export interface ImportRow {
  row: number
  input: Record<string, unknown>
}

export interface ReadResult {
  rows: ImportRow[]
  problems: ImportProblem[]
}

const fileProblem = (expected: string, value = ''): ReadResult => ({ rows: [], problems: [{ row: 0, column: '(file)', value, expected }] })

/** Reads one file; what a problem says the file should hold is in `locale`. */
export function readImportFile(bytes: Uint8Array, fileName: string, locale: Locale = 'en'): ReadResult {
  const t = translations(locale, 'importProblems')
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fileProblem(t.fileSize({ max: String(MAX_IMPORT_BYTES / 1024 / 1024) }), `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`)
  }
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch (error) {
    return fileProblem(error instanceof CsvError ? error.message : t.utf8)
  }
  return /\.json$/i.test(fileName) || /^\s*[[{]/.test(text) ? readJson(text, fileName, locale) : readCsv(text, locale)
}

function readJson(text: string, fileName: string, locale: Locale): ReadResult {
  const t = translations(locale, 'importProblems')
  if (nestsTooDeep(text)) return fileProblem(tooDeepProblem(locale), fileName)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fileProblem(t.validJson({ detail: error instanceof Error ? error.message : 'parse error' }))
  }
  const list = Array.isArray(data) ? data : (data as { practices?: unknown })?.practices
  if (!Array.isArray(list)) return fileProblem(t.practiceList)
  const problems: ImportProblem[] = []
  const rows = list.flatMap((item, i) => {
    const row = i + 1
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      problems.push(...textProblemsIn(item, locale).map(({ path, value, expected }) => ({ row, column: columnOfPath(path), value: shown(value), expected })))
      // An exported file imports as it is: its export-only values (set by the server) are left out.
      const input = Object.fromEntries(Object.entries(item).filter(([key]) => !exportOnlyKeys.includes(key)))
      return [{ row, input }]
    }
    problems.push({ row, column: '(row)', value: shown(JSON.stringify(item) ?? ''), expected: t.practiceObject })
    return []
  })
  return { rows, problems }
}

function readCsv(text: string, locale: Locale): ReadResult {
  const t = translations(locale, 'importProblems')
  let table: string[][]
  try {
    table = parseCsv(text)
  } catch (error) {
    return { rows: [], problems: [{ row: error instanceof CsvError ? error.row : 0, column: '(file)', value: '', expected: error instanceof Error ? error.message : 'valid CSV' }] }
  }
  const [header, ...body] = table
  if (!header) return fileProblem(t.headerRow)
  const names = header.map((h) => h.trim())
  const problems: ImportProblem[] = names
    .filter((name) => !knownHeaders.includes(name) && !exportOnlyKeys.includes(name))
    .map((name) => ({ row: 1, column: name, value: name, expected: t.knownColumn }))
  const rows = body.map((cells, i) => {
    const row = i + 2
    if (cells.length !== names.length) {
      problems.push({ row, column: '(row)', value: `${cells.length} cells`, expected: t.cellCount({ n: String(names.length) }) })
    }
    const byHeader = Object.fromEntries(names.map((name, c) => [name, cells[c] ?? '']))
    const { input, problems: cellProblems } = rowToPractice(byHeader, locale)
    problems.push(...cellProblems.map((p: CellProblem) => ({ row, ...p })))
    return { row, input }
  })
  return { rows, problems }
}
