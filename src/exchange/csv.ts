/**
 * CSV as spreadsheets write it (RFC 4180: comma, double quotes, CRLF or LF),
 * read from bytes that must be UTF-8, and written so that no cell runs as a formula.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message)
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
    throw new CsvError(`The file is not valid UTF-8 (first bad byte near position ${validUpTo + 1}). Save it as "CSV UTF-8".`, 0)
  }
}

/** Parses CSV text into rows of cells. Row numbers in errors count from 1, the header being row 1. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else {
        if (ch === '\n') line++
        cell += ch
      }
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      line++
    } else cell += ch
  }
  if (quoted) throw new CsvError('A quoted cell is never closed (a " is missing).', line)
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''))
}

/** Characters that make a spreadsheet read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/

/** Writes rows as CSV; a cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = formulaStart.test(value) ? `'${value}` : value
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n'
}

/** Undoes toCsv's apostrophe; a bare formula is left for the caller to refuse. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value
}

export const looksLikeFormula = (value: string) => /^[=+@\t\r]/.test(value) || /^-[^\d\s.]/.test(value)
