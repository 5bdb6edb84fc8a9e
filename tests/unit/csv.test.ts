/** Reading CSV as spreadsheets write it, and writing CSV that spreadsheets read back the same. */
import { describe, expect, it } from 'vitest'

import { CsvError, parseCsv, toCsv } from '@/exchange/csv'

describe('parseCsv', () => {
  it('splits rows on LF, CRLF and CR, and cells on commas', () => {
    expect(parseCsv('a,b\nc,d\r\ne,f\rg,h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']])
  })

  it('keeps commas, line breaks and doubled quotes inside quoted cells', () => {
    expect(parseCsv('"one, two","line 1\nline 2","say ""hi"""\r\n')).toEqual([['one, two', 'line 1\nline 2', 'say "hi"']])
  })

  it('keeps empty cells, a trailing empty cell, and skips blank lines', () => {
    expect(parseCsv('a,,c\n\nd,e,\n')).toEqual([['a', '', 'c'], ['d', 'e', '']])
  })

  it('treats a quote inside an unquoted cell as text', () => {
    expect(parseCsv('5" screen,x')).toEqual([['5" screen', 'x']])
  })

  it('names the row where an unclosed quote opens', () => {
    const error = (() => {
      try {
        parseCsv('title\n"fine"\n"broken\nmore')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(CsvError)
    expect(error).toMatchObject({ row: 3 })
  })

  it('reads back what toCsv writes', () => {
    const rows = [['slug', 'title'], ['a', 'Chat, "live"\nand more'], ['b', '']]
    expect(parseCsv(toCsv(rows))).toEqual(rows)
  })
})
