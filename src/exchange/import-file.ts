/** Reads an import file (CSV or JSON) into numbered rows of practice input, not yet validated. */
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { exportOnlyKeys } from '@/framework/export-only-fields'
import { headers as knownHeaders } from './columns'
import { CsvError, decodeUtf8, parseCsv } from './csv'
import { cellText, columnOfPath, rowToPractice, shown, type CellProblem } from './rows'
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

/**
 * A row of a file not read into practice input yet: an import reads and checks its rows batch by batch while it
 * writes the batches before (reading every row first kept the database waiting two seconds in 10,000 rows).
 */
export interface UnreadRow {
  row: number
  /** The slug as the row gives it, unchecked: stored practices are looked up by it before rows are read. */
  slug: string | undefined
  /** The row as practice input, with the problems its cells alone show. */
  read(): { input: Record<string, unknown>; problems: ImportProblem[] }
}

/** A file's rows, unread, and the problems of the file itself (unreadable, unknown columns, rows of the wrong length). */
export interface FileRows {
  rows: UnreadRow[]
  problems: ImportProblem[]
}

const fileProblem = (expected: string, value = '', row = 0): FileRows => ({ rows: [], problems: [{ row, column: '(file)', value, expected }] })

/** What a file that cannot be read as CSV should have been, in the importer's language. */
function csvProblem(error: unknown, locale: Locale): FileRows {
  if (!(error instanceof CsvError)) throw error
  const t = translations(locale, 'importProblems')
  const expected = { notUtf8: () => t.utf8({ position: error.position }), unclosedQuote: () => t.closedQuote } satisfies Record<CsvError['problem'], () => string>
  return fileProblem(expected[error.problem](), '', error.row)
}

/** Where JSON.parse stopped, 1-based; the end of the text when its message names no position ("Unexpected end of JSON input"). */
const jsonErrorPosition = (error: unknown, text: string): number =>
  Number((error instanceof SyntaxError && /position (\d+)/.exec(error.message)?.[1]) || text.length) + 1

/** Reads one file into unread rows; what a problem says the file should hold is in `locale`. */
export function importFileRows(bytes: Uint8Array, fileName: string, locale: Locale = 'en'): FileRows {
  const t = translations(locale, 'importProblems')
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fileProblem(t.fileSize({ max: String(MAX_IMPORT_BYTES / 1024 / 1024) }), `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB`)
  }
  let text: string
  try {
    text = decodeUtf8(bytes)
  } catch (error) {
    return csvProblem(error, locale)
  }
  return /\.json$/i.test(fileName) || /^\s*[[{]/.test(text) ? readJson(text, fileName, locale) : readCsv(text, locale)
}

function readJson(text: string, fileName: string, locale: Locale): FileRows {
  const t = translations(locale, 'importProblems')
  if (nestsTooDeep(text)) return fileProblem(tooDeepProblem(locale), fileName)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return fileProblem(t.validJson({ position: jsonErrorPosition(error, text) }))
  }
  const list = Array.isArray(data) ? data : (data as { practices?: unknown })?.practices
  if (!Array.isArray(list)) return fileProblem(t.practiceList)
  const problems: ImportProblem[] = []
  const rows = list.flatMap((item, i): UnreadRow[] => {
    const row = i + 1
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const read = () => ({
        // An exported file imports as it is: its export-only values (set by the server) are left out.
        input: Object.fromEntries(Object.entries(item).filter(([key]) => !exportOnlyKeys.includes(key))),
        problems: textProblemsIn(item, locale).map(({ path, value, expected }) => ({ row, column: columnOfPath(path), value: shown(value), expected })),
      })
      return [{ row, slug: typeof item.slug === 'string' ? item.slug : undefined, read }]
    }
    problems.push({ row, column: '(row)', value: shown(JSON.stringify(item) ?? ''), expected: t.practiceObject })
    return []
  })
  return { rows, problems }
}

function readCsv(text: string, locale: Locale): FileRows {
  const t = translations(locale, 'importProblems')
  let table: string[][]
  try {
    table = parseCsv(text)
  } catch (error) {
    return csvProblem(error, locale)
  }
  const [header, ...body] = table
  if (!header) return fileProblem(t.headerRow)
  const names = header.map((h) => h.trim())
  const problems: ImportProblem[] = names
    .filter((name) => !knownHeaders.includes(name) && !exportOnlyKeys.includes(name))
    .map((name) => ({ row: 1, column: name, value: name, expected: t.knownColumn }))
  const slugColumn = names.indexOf('slug')
  const rows = body.map((cells, i): UnreadRow => {
    const row = i + 2
    if (cells.length !== names.length) {
      problems.push({ row, column: '(row)', value: t.cellsFound({ n: cells.length }), expected: t.cellCount({ n: String(names.length) }) })
    }
    const read = () => {
      const byHeader = Object.fromEntries(names.map((name, c) => [name, cells[c] ?? '']))
      const { input, problems: cellProblems } = rowToPractice(byHeader, locale)
      return { input, problems: cellProblems.map((p: CellProblem) => ({ row, ...p })) }
    }
    return { row, slug: slugColumn === -1 ? undefined : cellText(cells[slugColumn] ?? ''), read }
  })
  return { rows, problems }
}
