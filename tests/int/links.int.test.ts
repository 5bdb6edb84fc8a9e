/** Links in rich text and web addresses: only http(s), mailto, tel and links within the site are saved. */
import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importPractices } from '@/exchange/import-practices'
import { practiceInputSchema } from '@/framework/practice-schema'
import { seedPractices } from '../../seed'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'
import { richTextLinkingTo, safeUrls, unsafeUrls } from '../support/rich-text-link'

let payload: Payload
let admin: TestUser
let coordinatorBE: TestUser

beforeAll(async () => {
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
  coordinatorBE = await demoUser(payload, 'coordinator.be@example.org')
})
afterAll(async () => payload?.destroy())

/** The field errors a refused save names, or 'saved'. */
async function fieldErrors(save: () => Promise<unknown>): Promise<{ path: string; message: string }[] | 'saved'> {
  try {
    await save()
    return 'saved'
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
}

let serial = 0
const draftWithDescription = (description: unknown, user: TestUser = coordinatorBE) =>
  payload.create({
    collection: 'practices',
    data: { slug: `link-test-${++serial}`, title: 'Link test', country: 'BE', originalLanguage: 'nl', description } as never,
    draft: true,
    user,
    overrideAccess: false,
  })

describe('links in rich text', () => {
  it.each(unsafeUrls)('refuses a link or autolink to %j, even in a draft, naming the field', async (url) => {
    for (const type of ['link', 'autolink'] as const) {
      expect(await fieldErrors(() => draftWithDescription(richTextLinkingTo(url, type)))).toEqual([
        { path: 'description', message: expect.stringContaining('http(s), mailto or tel') },
      ])
    }
  })

  it('saves links to http(s), mailto and tel addresses and within the site', async () => {
    for (const url of safeUrls) expect(await fieldErrors(() => draftWithDescription(richTextLinkingTo(url)))).toBe('saved')
  })

  it('refuses an unsafe link in a published practice and in the notes of a country', async () => {
    const [practice] = (await payload.find({ collection: 'practices', where: { slug: { equals: 'clbchat' } }, limit: 1, user: admin, overrideAccess: false })).docs
    const publish = () =>
      payload.update({ collection: 'practices', id: practice.id, data: { objectives: richTextLinkingTo('vbscript:msgbox(1)'), _status: 'published' } as never, user: admin, overrideAccess: false })
    expect(await fieldErrors(publish)).toEqual([{ path: 'objectives', message: expect.stringContaining('http(s), mailto or tel') }])
    const country = () => payload.update({ collection: 'countries', id: 'BE', data: { guidanceSystem: richTextLinkingTo('javascript:alert(1)') } as never, user: admin, overrideAccess: false })
    expect(await fieldErrors(country)).toEqual([{ path: 'guidanceSystem', message: expect.stringContaining('http(s), mailto or tel') }])
  })
})

describe('web addresses', () => {
  it('refuses an organisation website that is not an http(s) address', async () => {
    const create = (website: string) => () =>
      payload.create({ collection: 'organisations', data: { name: 'Test', slug: `org-link-${++serial}`, website }, user: admin, overrideAccess: false })
    expect(await fieldErrors(create('javascript:alert(1)'))).toEqual([{ path: 'website', message: expect.stringContaining('https://') }])
    expect(await fieldErrors(create('https://www.example.org'))).toBe('saved')
  })

  it('refuses in an import a website or source address that is not an http(s) address, by row and column', async () => {
    const practice = practiceInputSchema.parse(seedPractices[0])
    const rows = unsafeUrls.map((url, i) => ({ ...practice, slug: `link-import-${i}`, website: url, sources: practice.sources?.map((s) => ({ ...s, url })) }))
    const report = await importPractices(payload, admin, [{ name: 'links.json', bytes: new TextEncoder().encode(JSON.stringify(rows)) }], { dryRun: true })
    for (const [i] of unsafeUrls.entries()) {
      expect(report.problems).toContainEqual(expect.objectContaining({ row: i + 1, column: 'website', expected: expect.stringContaining('https://') }))
      expect(report.problems).toContainEqual(expect.objectContaining({ row: i + 1, column: 'sources', expected: expect.stringContaining('https://') }))
    }
  })
})
