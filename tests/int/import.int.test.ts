/** Importing practices: every problem reported by row and column, nothing written when any row fails, idempotent re-imports. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { headers } from '../../src/exchange/columns'
import { importPractices } from '../../src/exchange/import-practices'
import { practicesCsv } from '../../src/exchange/open-data-files'
import { practiceInputSchema } from '../../src/framework/practice-schema'
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

  it('refuses --publish to a coordinator', async () => {
    const report = await importPractices(payload, coordinatorBE, [{ name: 'practices.csv', bytes: bytes(csvOf(['be-publish'])) }], { publish: true })
    expect(report.problems[0].expected).toMatch(/may not publish/)
  })
})
