/** Importing practices: every problem reported by row and column, nothing written when any row fails, idempotent re-imports. */
import { inspect } from 'node:util'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { headers } from '@/exchange/columns'
import { importPractices } from '@/exchange/import-practices'
import { practicesCsv } from '@/exchange/open-data-files'
import { storedPractices } from '@/exchange/stored-practices'
import { practiceInputSchema } from '@/framework/practice-schema'
import { seedPractices } from '../../seed'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let admin: TestUser
let coordinatorBE: TestUser
const bytes = (text: string) => new TextEncoder().encode(text)
const practiceCount = async () => (await payload.count({ collection: 'practices' })).totalDocs

/** A CSV of new practices made from the seed practices under new slugs. */
function csvOf(slugs: string[], change: (row: Record<string, unknown>, i: number) => void = () => {}): string {
  const practices = slugs.map((slug, i) => {
    const row = { ...practiceInputSchema.parse(seedPractices[i % seedPractices.length]), slug } as Record<string, unknown>
    change(row, i)
    return row as never
  })
  return practicesCsv(practices, 'en').replace(/^\uFEFF/, '')
}

/** A JSON file of new practices made from the seed practices under new slugs. */
function jsonOf(slugs: string[], change: (row: Record<string, unknown>, i: number) => void = () => {}): string {
  return JSON.stringify(
    slugs.map((slug, i) => {
      const row = { ...practiceInputSchema.parse(seedPractices[i % seedPractices.length]), slug } as Record<string, unknown>
      change(row, i)
      return row
    }),
  )
}

/** A CSV cell quoted as spreadsheets write it, without the exporter's protection against formulas. */
const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`

beforeAll(async () => {
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
  coordinatorBE = await demoUser(payload, 'coordinator.be@example.org')
})
afterAll(async () => payload?.destroy())

describe('import', () => {
  it('creates drafts from a valid file, and changes nothing when the same file comes again', async () => {
    const file = csvOf(['import-a', 'import-b'])
    const first = await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])
    expect(first.problems).toEqual([])
    expect(first.created).toEqual(['import-a', 'import-b'])
    const { docs } = await payload.find({ collection: 'practices', where: { slug: { equals: 'import-a' } }, draft: true, user: admin, overrideAccess: false })
    expect(docs[0]._status).toBe('draft')
    expect(docs[0].indicators?.length).toBeGreaterThan(0)
    const again = await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])
    expect(again).toMatchObject({ created: [], updated: [], unchanged: ['import-a', 'import-b'], problems: [] })
  })

  it('updates a practice matched by slug', async () => {
    const report = await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(csvOf(['import-a'], (row) => (row.summary = { en: 'A changed summary.' }))) }])
    expect(report.updated).toEqual(['import-a'])
  })

  it('changes nothing when the command line (no user) imports the same file again, private contacts included', async () => {
    const file = csvOf(['import-cli-a', 'import-cli-b', 'import-cli-c'])
    expect((await importPractices(payload, null, [{ name: 'practices.csv', bytes: bytes(file) }])).created).toHaveLength(3)
    const again = await importPractices(payload, null, [{ name: 'practices.csv', bytes: bytes(file) }])
    expect(again).toMatchObject({ created: [], updated: [], problems: [] })
    expect(again.unchanged).toHaveLength(3)
  })

  it('compares a practice edited by hand since the import in full: a changed one is updated, then left alone', async () => {
    const file = csvOf(['import-edited'])
    await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])
    const [stored] = (await payload.find({ collection: 'practices', where: { slug: { equals: 'import-edited' } }, draft: true, user: admin, overrideAccess: false })).docs
    await payload.update({ collection: 'practices', id: stored.id, data: { summary: 'Edited in the admin.' }, draft: true, user: admin, overrideAccess: false })
    expect((await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])).updated).toEqual(['import-edited'])
    expect((await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])).unchanged).toEqual(['import-edited'])
  })

  it('leaves alone a practice edited by hand back to what the file says', async () => {
    const file = csvOf(['import-same-by-hand'])
    await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])
    const [stored] = (await payload.find({ collection: 'practices', where: { slug: { equals: 'import-same-by-hand' } }, draft: true, user: admin, overrideAccess: false })).docs
    await payload.update({ collection: 'practices', id: stored.id, data: { summary: stored.summary }, draft: true, user: admin, overrideAccess: false })
    expect((await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(file) }])).unchanged).toEqual(['import-same-by-hand'])
  })

  it('checks several files together, naming the file of each problem, and writes them in one go', async () => {
    const before = await practiceCount()
    const first = { name: 'part-1.csv', bytes: bytes(csvOf(['import-part-a', 'import-part-b'])) }
    const clash = { name: 'part-2.csv', bytes: bytes(csvOf(['import-part-c', 'import-part-a'])) }
    const refused = await importPractices(payload, admin, [first, clash])
    expect(refused.problems).toEqual([expect.objectContaining({ file: 'part-2.csv', row: 3, column: 'slug', expected: expect.stringContaining('row 2 of part-1.csv') })])
    expect(await practiceCount()).toBe(before)
    const second = { name: 'part-2.csv', bytes: bytes(csvOf(['import-part-c'])) }
    expect((await importPractices(payload, admin, [first, second])).created).toEqual(['import-part-a', 'import-part-b', 'import-part-c'])
  })

  it('clears what a row leaves empty, translations included, and then changes nothing', async () => {
    const full = csvOf(['import-cleared'], (row) => {
      row.region = { en: 'Flanders', nl: 'Vlaanderen' }
      row.title = { en: 'Cleared later', nl: 'Later leeggemaakt' }
    })
    const emptied = csvOf(['import-cleared'], (row) => {
      row.region = undefined
      row.themes = undefined
      row.title = { en: 'Cleared later' }
    })
    await importPractices(payload, admin, [{ name: 'full.csv', bytes: bytes(full) }])
    expect((await importPractices(payload, admin, [{ name: 'emptied.csv', bytes: bytes(emptied) }])).updated).toEqual(['import-cleared'])
    const [stored] = (
      await payload.find({ collection: 'practices', where: { slug: { equals: 'import-cleared' } }, draft: true, locale: 'all', fallbackLocale: false, user: admin, overrideAccess: false })
    ).docs as unknown as Record<string, Record<string, unknown>>[]
    expect(stored.region?.en ?? null).toBeNull()
    expect(stored.region?.nl ?? null).toBeNull()
    expect(stored.title.nl ?? null).toBeNull()
    expect(stored.themes).toEqual([])
    expect((await importPractices(payload, admin, [{ name: 'emptied.csv', bytes: bytes(emptied) }])).unchanged).toEqual(['import-cleared'])
  })

  it('checks a dry run without writing', async () => {
    const before = await practiceCount()
    const report = await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(csvOf(['import-dry'])) }], { dryRun: true })
    expect(report.created).toEqual(['import-dry'])
    expect(await practiceCount()).toBe(before)
  })

  it('lists every problem of a malformed file by row and column, and writes nothing', async () => {
    const before = await practiceCount()
    const file = csvOf(['bad-one', 'bad-two', 'bad-two', 'bad-four', 'bad-five'], (row, i) => {
      if (i === 0) row.indicators = [{ metric: 'chats', period: '2016', value: 'many', unit: 'count', source: 'euroguidance-brochure' }]
      if (i === 1) row.themes = ['careerManagement', 'astrology']
      if (i === 3) row.title = undefined
      if (i === 4) row.country = 'NL'
    }).replace('Widening access', '=SUM(A1:A3)')
    const report = await importPractices(payload, coordinatorBE, [{ name: 'practices.csv', bytes: bytes(file) }])
    const at = (row: number, column: string) => report.problems.filter((p) => p.row === row && p.column === column)
    expect(at(2, 'indicators')[0]?.expected).toMatch(/number/i)
    expect(at(3, 'themes')[0]).toMatchObject({ value: expect.stringContaining('astrology') })
    expect(at(4, 'slug')[0]?.expected).toMatch(/row 3/)
    expect(at(5, 'title')[0]?.expected).toMatch(/required/)
    expect(at(6, 'country')[0]).toMatchObject({ value: 'NL', expected: expect.stringContaining('BE') })
    expect(report.problems.some((p) => p.value === '=SUM(A1:A3)' && /formula/.test(p.expected))).toBe(true)
    expect(report.created).toEqual([])
    expect(await practiceCount()).toBe(before)
  })

  it('keeps nothing of a long file whose problem comes after its first thousand rows were written', { timeout: 60_000 }, async () => {
    const before = await practiceCount()
    const slugs = Array.from({ length: 1_004 }, (_, i) => `long-file-${i}`)
    const file = csvOf(slugs, (row, i) => {
      if (i === 1_002) row.originators = ['no-such-organisation']
    })
    const report = await importPractices(payload, admin, [{ name: 'long.csv', bytes: bytes(file) }])
    expect(report.problems).toEqual([expect.objectContaining({ row: 1_004, column: 'originators', value: 'no-such-organisation' })])
    expect([report.created, report.updated]).toEqual([[], []])
    expect(await practiceCount()).toBe(before)
    expect((await payload.count({ collection: 'practices', where: { slug: { like: 'long-file-' } } })).totalDocs).toBe(0)
  })

  it('refuses a file over the size limit', async () => {
    const report = await importPractices(payload, admin, [{ name: 'huge.csv', bytes: new Uint8Array(50 * 1024 * 1024).fill(65) }])
    expect(report.problems[0]).toMatchObject({ column: '(file)', value: '50.0 MB' })
  })

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = new Uint8Array([...bytes(headers.join(',') + '\n'), 0x63, 0x61, 0x66, 0xe9, 0x0a])
    const report = await importPractices(payload, admin, [{ name: 'latin1.csv', bytes: latin1 }])
    expect(report.problems[0].expected).toMatch(/UTF-8/)
  })

  it('names unknown columns and broken JSON', async () => {
    const report = await importPractices(payload, admin, [{ name: 'odd.csv', bytes: bytes('slug,colour\nx,blue\n') }])
    expect(report.problems).toContainEqual(expect.objectContaining({ row: 1, column: 'colour' }))
    const json = await importPractices(payload, admin, [{ name: 'broken.json', bytes: bytes('{"practices": [1, {"slug": "x"}]') }])
    expect(json.problems[0].expected).toMatch(/valid JSON/)
  })

  it('lets a coordinator import only for their countries, and not update others’ practices', async () => {
    const report = await importPractices(payload, coordinatorBE, [{ name: 'practices.csv', bytes: bytes(csvOf(['school-safety-helpdesk'], (row) => (row.country = 'BE'))) }])
    expect(report.problems).toContainEqual(expect.objectContaining({ column: 'slug', value: 'school-safety-helpdesk' }))
  })

  it('looks up what a coordinator may change among 70,000 slugs of a file, more than PostgreSQL takes parameters in one statement', async () => {
    const slugs = [...Array.from({ length: 70_000 }, (_, i) => `bulk-new-${i}`), 'clbchat', 'school-safety-helpdesk']
    const stored = await storedPractices(payload, coordinatorBE, slugs)
    expect([...stored.keys()].sort()).toEqual(['clbchat', 'school-safety-helpdesk'])
    expect([stored.get('clbchat')!.forbidden, stored.get('school-safety-helpdesk')!.forbidden]).toEqual([false, true])
  })

  it('refuses --publish to a coordinator', async () => {
    const report = await importPractices(payload, coordinatorBE, [{ name: 'practices.csv', bytes: bytes(csvOf(['be-publish'])) }], { publish: true })
    expect(report.problems[0].expected).toMatch(/may not publish/)
  })

  it('refuses a cell a spreadsheet would run as a formula, in any column of a CSV or JSON file, with its row and column', async () => {
    const attack = '-2+3+cmd|" /C calc"!A0'
    const csv = csvOf(['formula-csv'], (row) => (row.summary = { en: 'SUMMARY-CELL' })).replace('SUMMARY-CELL', quoted(attack))
    const fromCsv = await importPractices(payload, admin, [{ name: 'formula.csv', bytes: bytes(csv) }], { dryRun: true })
    expect(fromCsv.problems).toEqual([
      { row: 2, column: 'summary', value: attack, expected: 'plain text or a number, not something a spreadsheet would run as a formula (it begins with "-")' },
    ])
    const json = jsonOf(['formula-json'], (row) => {
      row.title = { en: 'A title', nl: '=HYPERLINK("http://x")' }
      row.description = { en: '- a bullet\n- another' }
      row.pathway = [{ title: { en: '@SUM(A1)' } }]
    })
    const fromJson = await importPractices(payload, admin, [{ name: 'formula.json', bytes: bytes(json) }], { dryRun: true })
    expect(fromJson.problems.map((p) => [p.row, p.column, p.expected.match(/begins with "(.)"/)?.[1]])).toEqual([
      [1, 'title:nl', '='],
      [1, 'description', '-'],
      [1, 'pathway', '@'],
    ])
  })

  it('imports plain numbers, negative indicator values and text the exporter protected with an apostrophe', async () => {
    const file = csvOf(['formula-free'], (row) => {
      row.region = { en: '-2.5', nl: '+3' }
      row.description = { en: '- a bullet\n- another' }
      row.indicators = [{ metric: 'chats', period: '2016', value: -2, unit: 'count', source: 'euroguidance-brochure' }]
    })
    expect(file).toContain("'- a bullet")
    const report = await importPractices(payload, admin, [{ name: 'numbers.csv', bytes: bytes(file) }])
    expect(report.problems).toEqual([])
    const [stored] = (await payload.find({ collection: 'practices', where: { slug: { equals: 'formula-free' } }, draft: true, user: admin, overrideAccess: false })).docs
    expect(stored.region).toBe('-2.5')
    expect(stored.indicators?.[0]?.value).toBe(-2)
  })

  it('refuses a NUL character in any value already in the dry run, naming its row and column', async () => {
    const json = jsonOf(['nul-title'], (row) => (row.title = { en: 'Bad\u0000title' }))
    expect(json).toContain('\\u0000')
    for (const dryRun of [true, false]) {
      const report = await importPractices(payload, admin, [{ name: 'nul.json', bytes: bytes(json) }], { dryRun })
      expect(report.problems).toEqual([{ row: 1, column: 'title', value: 'Bad\u0000title', expected: 'text without control characters (it contains a NUL character)' }])
    }
    const csv = csvOf(['nul-cell'], (row) => (row.region = { en: 'Flan\u0000ders' }))
    const fromCsv = await importPractices(payload, admin, [{ name: 'nul.csv', bytes: bytes(csv) }], { dryRun: true })
    expect(fromCsv.problems).toEqual([expect.objectContaining({ row: 2, column: 'region', expected: expect.stringContaining('contains a NUL character') })])
    expect((await payload.count({ collection: 'practices', where: { slug: { equals: 'nul-title' } } })).totalDocs).toBe(0)
  })

  it('refuses JSON nested deeper than any practice needs, in a JSON file and in a list cell of a CSV', async () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000)
    const fromJson = await importPractices(payload, admin, [{ name: 'deep.json', bytes: bytes(deep) }], { dryRun: true })
    expect(fromJson.problems).toEqual([{ row: 0, column: '(file)', value: 'deep.json', expected: 'JSON nested at most 20 levels deep' }])
    const csv = `slug,title,country,originalLanguage,indicators\ndeep-cell,A title,BE,nl,${deep}\n`
    const fromCsv = await importPractices(payload, admin, [{ name: 'deep.csv', bytes: bytes(csv) }], { dryRun: true })
    expect(fromCsv.problems).toEqual([{ row: 2, column: 'indicators', value: `${deep.slice(0, 80)}…`, expected: 'JSON nested at most 20 levels deep' }])
  })

  it('answers a failed write with an error id, never with the database’s words, and logs the error under that id', async () => {
    const sql = (text: string) => payload.db.drizzle.execute(text)
    await sql(`CREATE FUNCTION test_refuse_write() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.slug = 'write-fails' THEN RAISE EXCEPTION 'duplicate key value violates unique constraint "secret_index"'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER test_refuse_write BEFORE INSERT ON practices FOR EACH ROW EXECUTE FUNCTION test_refuse_write()`)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const report = await importPractices(payload, admin, [{ name: 'practices.csv', bytes: bytes(csvOf(['write-fails'])) }])
      expect(report.created).toEqual([])
      expect(report.problems).toHaveLength(1)
      const [problem] = report.problems
      expect(JSON.stringify(report)).not.toMatch(/duplicate key|secret_index|insert into|params/i)
      const id = problem.expected.match(/error id ([\w-]+)/)?.[1]
      expect(id).toBeDefined()
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(id!), expect.any(Error))
      expect(inspect(logged.mock.calls[0]?.[1])).toContain('secret_index')
    } finally {
      logged.mockRestore()
      await sql('DROP TRIGGER test_refuse_write ON practices; DROP FUNCTION test_refuse_write()')
    }
    expect((await payload.count({ collection: 'practices', where: { slug: { equals: 'write-fails' } } })).totalDocs).toBe(0)
  })
})
