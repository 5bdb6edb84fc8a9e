/** A file that cannot be read at all is refused in the importer's language, naming where it goes wrong. */
import { describe, expect, it } from 'vitest'

import { headers } from '@/exchange/columns'
import { importFileRows } from '@/exchange/import-file'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('importFileRows', () => {
  it('names the row where a quoted cell is never closed, in the chosen language', () => {
    const file = bytes(`${headers.join(',')}\nfine\n"broken\nmore`)
    expect(importFileRows(file, 'x.csv', 'fr').problems).toEqual([
      { row: 3, column: '(file)', value: '', expected: 'un " fermant pour la cellule entre guillemets qui s’ouvre dans cette ligne' },
    ])
    expect(importFileRows(file, 'x.csv', 'en').problems[0]?.expected).toBe('a closing " for the quoted cell that opens in this row')
  })

  it('points to the first byte that is not UTF-8', () => {
    const latin1 = new Uint8Array([...bytes('slug\ncaf'), 0xe9, 0x0a])
    expect(importFileRows(latin1, 'x.csv', 'de').problems[0]?.expected).toBe(
      'eine Textdatei in UTF-8 (das erste ungültige Byte steht bei Byte 9: speichern Sie die Datei als „CSV UTF-8“)',
    )
  })

  it('points to where JSON breaks off, without the JavaScript engine’s English', () => {
    const [problem] = importFileRows(bytes('{"practices": [1, {"slug": "x"}]'), 'x.json', 'nl').problems
    expect(problem?.expected).toBe('geldige JSON (de eerste fout staat bij teken 33)')
  })

  it('counts the cells of a short row in the chosen language', () => {
    const file = bytes(`slug,title\nonly-one\n`)
    expect(importFileRows(file, 'x.csv', 'fr').problems).toContainEqual(
      expect.objectContaining({ row: 2, column: '(row)', value: '1 cellule', expected: '2 cellules, une par colonne' }),
    )
  })
})
