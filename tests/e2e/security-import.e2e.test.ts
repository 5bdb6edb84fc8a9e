/** The import door under hostile files: each problem reported by row and column before anything is written, never a 500. */
import { describe, expect, inject, it } from 'vitest'

import { MAX_IMPORT_BYTES } from '@/exchange/import-file'
import { rateLimits } from '@/security/rate-limits'
import { ApiClient, signedInBeforeAll } from '../support/http'

const baseURL = inject('baseURL')
const admin = signedInBeforeAll(baseURL, 'admin@example.org')

const importFile = (client: ApiClient, name: string, content: string, dryRun = true) =>
  client.rest('POST', `/api/practices/import?name=${name}${dryRun ? '&dryRun=1' : ''}`, content)

describe('hostile import files', () => {
  it('refuses NUL characters and deeply nested JSON in the check, without a server error or database words', async () => {
    const practice = { slug: 'nul-title', title: { en: 'Bad\u0000title' }, country: 'BE', originalLanguage: 'nl' }
    for (const dryRun of [true, false]) {
      const { status, json } = await importFile(admin(), 'nul.json', JSON.stringify([practice]), dryRun)
      expect(status).toBe(422)
      expect(json.problems).toEqual([expect.objectContaining({ row: 1, column: 'title', expected: expect.stringContaining('contains a NUL character') })])
    }
    const deep = '['.repeat(5000) + ']'.repeat(5000)
    const cell = await importFile(admin(), 'deep.csv', `slug,title,country,originalLanguage,indicators\ndeep,A title,BE,nl,${deep}\n`)
    expect(cell.status).toBe(422)
    expect(cell.json.problems).toEqual([expect.objectContaining({ row: 2, column: 'indicators', expected: expect.stringMatching(/nested at most \d+ levels/) })])
    const file = await importFile(admin(), 'deep.json', deep)
    expect(file.status).toBe(422)
    expect(file.json.problems).toEqual([expect.objectContaining({ column: '(file)', value: 'deep.json' })])
  })

  it('refuses a cell a spreadsheet would run as a formula, naming row and column', async () => {
    const { status, json } = await importFile(admin(), 'formula.csv', 'slug,title,country,originalLanguage,summary\nformula,A title,BE,nl,"-2+3+cmd|"" /C calc""!A0"\n')
    expect(status).toBe(422)
    expect(json.problems).toEqual([expect.objectContaining({ row: 2, column: 'summary', expected: expect.stringContaining('formula') })])
  })

  it('refuses a file over the size limit with 413 before reading it', async () => {
    const { status, json } = await importFile(admin(), 'huge.csv', 'x'.repeat(MAX_IMPORT_BYTES + 1))
    expect(status).toBe(413)
    expect(json.errors[0].message).toContain('an import file may have at most 20.0 MB')
  })

  it('limits imports per client with 429 and Retry-After', async () => {
    const client = await ApiClient.signedIn(baseURL, 'admin@example.org')
    const statuses: number[] = []
    for (let i = 0; i <= rateLimits.import.limit; i++) statuses.push((await importFile(client, 'empty.csv', 'slug\n')).status)
    expect(statuses.slice(0, rateLimits.import.limit).every((s) => s !== 429)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })
})
