/**
 * CSV as spreadsheets write it (RFC 4180: comma, double quotes, CRLF or LF),
 * read from bytes that must be UTF-8, and written so that no cell runs as a formula.
 */

/**
 * Why a file cannot be read as CSV. It names the problem, not a sentence: the importer words it in the
 * importer's language (the `importProblems` catalogue namespace).
 */
export class CsvError extends Error {
  constructor(
    readonly problem: 'notUtf8' | 'unclosedQuote',
    /** the 1-based row the problem starts in; 0 for the file as a whole */
    readonly row: number,
    /** for `notUtf8`: the 1-based byte position near the first invalid byte */
    readonly position = 0,
  ) {
    super(problem)
  }
}

/** Decodes bytes as UTF-8, refusing invalid sequences instead of replacing them. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    let validUpTo = 0
    for (let end = Math.min(bytes.length, 1 << 16); end > 0; end--) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end))
        validUpTo = end
        break
      } catch {
        // keep shrinking
      }
    }
    throw new CsvError('notUtf8', 0, validUpTo + 1)
  }
}

/**
 * Parses CSV text into rows of cells. Row numbers in errors count from 1, the header being row 1.
 * Cells are cut out with indexOf and slice rather than built a character at a time: a 20 MB file
 * parses in about a tenth of the time.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  const unquotedEnd = /[,\r\n]/g
  let row: string[] = []
  let line = 1
  let i = 0
  while (i < text.length) {
    let cell = ''
    if (text[i] === '"') {
      const opened = line
      let from = i + 1
      for (;;) {
        const close = text.indexOf('"', from)
        if (close === -1) throw new CsvError('unclosedQuote', opened)
        cell += text.slice(from, close)
        if (text[close + 1] !== '"') {
          i = close + 1
          break
        }
        cell += '"'
        from = close + 2
      }
      for (let n = cell.indexOf('\n'); n !== -1; n = cell.indexOf('\n', n + 1)) line++
    }
    // Unquoted text, or what follows a closing quote, runs to the next comma or line break.
    unquotedEnd.lastIndex = i
    const end = unquotedEnd.exec(text)?.index ?? text.length
    cell += text.slice(i, end)
    row.push(cell)
    i = end
    if (text[i] === ',') {
      i++
      if (i === text.length) row.push('')
      continue
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i++
    i++
    rows.push(row)
    row = []
    line++
  }
  if (row.length > 0) rows.push(row)
  return rows.filter((r) => !(r.length === 1 && r[0] === ''))
}

/** Characters that make a spreadsheet read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/

/** Writes rows as CSV; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map(csvLine).join('')
}

/** One row as toCsv writes it, with its line break. */
export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n'
}

const needsQuotes = /[",\n\r]/

function csvCell(value: string): string {
  if (value === '') return value
  const safe = formulaStart.test(value) ? `'${value}` : value
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** Undoes toCsv's apostrophe; a bare formula is left for the caller to refuse. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value
}

const plainNumber = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/

/** The character that would make a spreadsheet run this cell as a formula; undefined for text and plain numbers such as -2.5. */
export const formulaLead = (value: string): string | undefined =>
  formulaStart.test(value) && !plainNumber.test(value) ? value[0] : undefined
