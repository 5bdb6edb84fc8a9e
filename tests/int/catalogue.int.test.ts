/** The catalogue's search, filters and facet counts, against counts computed independently from Payload's tables. */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { insertSyntheticPractices } from '../../scripts/lib/synthetic-practices'
import { getCatalogue } from '@/data/catalogue'
import { importPractices } from '@/exchange/import-practices'
import { practicesCsv } from '@/exchange/open-data-files'
import { practiceInputSchema } from '@/framework/practice-schema'
import { transitionPractice } from '@/workflow/transition-practice'
import { seedPractices } from '../../seed'
import { parseCatalogueQuery } from '@/url-state/catalogue-query'
import { demoUser, payloadForTests } from '../support/payload'

let payload: Payload
let client: pg.Client
const catalogue = (params: Record<string, string | string[]>, locale: 'en' | 'nl' = 'en') =>
  getCatalogue(parseCatalogueQuery(params), locale)
const allSlugs = async (params: Record<string, string | string[]>) => {
  const first = await catalogue(params)
  const pages = await Promise.all(Array.from({ length: first.pageCount - 1 }, (_, i) => catalogue({ ...params, page: String(i + 2) })))
  return [first, ...pages].flatMap((r) => r.items.map((i) => i.slug))
}

beforeAll(async () => {
  payload = await payloadForTests()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  await insertSyntheticPractices(client, 400)
  const admin = await demoUser(payload, 'admin@example.org')
  await payload.create({
    collection: 'practices',
    data: { title: 'Invisible chat draft', slug: 'invisible-chat-draft', country: 'NL', originalLanguage: 'en', themes: ['access'] },
    draft: true,
    user: admin,
    overrideAccess: false,
  })
})
afterAll(async () => {
  await client?.end()
  await payload?.destroy()
})

describe('catalogue', () => {
  it('finds CLBch@t by the word "chat" and never lists drafts', async () => {
    const slugs = await allSlugs({ q: 'chat' })
    expect(slugs).toContain('clbchat')
    expect(slugs).not.toContain('invisible-chat-draft')
  })

  it('searches the Dutch text on the Dutch catalogue', async () => {
    const result = await catalogue({ q: 'leerlingenbegeleiding' }, 'nl')
    expect(result.items.map((i) => i.slug)).toContain('clbchat')
  })

  it('leaves the helpdesk when filtered by the Netherlands, among the seed practices', async () => {
    const slugs = await allSlugs({ country: 'NL' })
    expect(slugs).toContain('school-safety-helpdesk')
    expect(slugs).not.toContain('clbchat')
    expect(slugs).not.toContain('antwerp-radicalisation-flow')
  })

  it('filters and counts the record facets added from seed 001: main focus and Erasmus+', async () => {
    expect(await allSlugs({ erasmus: 'no' })).toEqual(['clbchat'])
    const result = await catalogue({ country: 'BE', focus: 'accessToGuidance' })
    expect(result.items.map((i) => i.slug)).toContain('clbchat')
    const { rows } = await client.query<{ value: string; n: number }>(
      `SELECT f.value::text AS value, count(*)::int AS n FROM practices p JOIN practices_main_focus f ON f.parent_id = p.id
       WHERE p._status = 'published' AND p.country_id = 'BE' GROUP BY 1`,
    )
    const focus = result.facets.find((f) => f.param === 'focus')!
    expect(Object.fromEntries(focus.options.map((o) => [o.value, o.count]))).toEqual(
      Object.fromEntries(focus.options.map((o) => [o.value, rows.find((r) => r.value === o.value)?.n ?? 0])),
    )
    expect(result.facets.find((f) => f.param === 'erasmus')!.options.find((o) => o.value === 'no')!.count).toBe(1)
  })

  it('counts every facet option as PostgreSQL counts the select tables (filters of other facets applied)', async () => {
    const result = await catalogue({ country: 'BE', channel: ['chat', 'phone'] })
    const { rows } = await client.query<{ value: string; n: number }>(
      `SELECT t.value::text AS value, count(*)::int AS n FROM practices p JOIN practices_themes t ON t.parent_id = p.id
       WHERE p._status = 'published' AND p.country_id = 'BE'
         AND EXISTS (SELECT 1 FROM practices_channels c WHERE c.parent_id = p.id AND c.value::text IN ('chat', 'phone'))
       GROUP BY 1`,
    )
    const expected = Object.fromEntries(rows.map((r) => [r.value, r.n]))
    const themes = result.facets.find((f) => f.param === 'theme')!
    expect(Object.fromEntries(themes.options.map((o) => [o.value, o.count]))).toEqual(expected)
    const { rows: channelRows } = await client.query<{ value: string; n: number }>(
      `SELECT c.value::text AS value, count(*)::int AS n FROM practices p JOIN practices_channels c ON c.parent_id = p.id
       WHERE p._status = 'published' AND p.country_id = 'BE' GROUP BY 1`,
    )
    const channels = result.facets.find((f) => f.param === 'channel')!
    expect(Object.fromEntries(channels.options.map((o) => [o.value, o.count]))).toEqual(Object.fromEntries(channelRows.map((r) => [r.value, r.n])))
    const { rows: total } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM practices p WHERE p._status = 'published' AND p.country_id = 'BE'
         AND EXISTS (SELECT 1 FROM practices_channels c WHERE c.parent_id = p.id AND c.value::text IN ('chat', 'phone'))`,
    )
    expect(result.total).toBe(total[0].n)
  })

  it('updates the counts when an editor changes a practice’s themes', async () => {
    const before = (await catalogue({ theme: 'funding' })).total
    const { docs } = await payload.find({ collection: 'practices', where: { slug: { equals: 'school-safety-helpdesk' } }, limit: 1 })
    const reviewer = await demoUser(payload, 'reviewer@example.org')
    await payload.update({ collection: 'practices', id: docs[0].id, data: { themes: ['access', 'information', 'funding'], _status: 'published' }, user: reviewer, overrideAccess: false })
    expect((await catalogue({ theme: 'funding' })).total).toBe(before + 1)
    expect(await allSlugs({ theme: 'funding', country: 'NL' })).toContain('school-safety-helpdesk')
  })

  it('finds a practice by the words of its latest edit only, and not at all once deleted', async () => {
    const admin = await demoUser(payload, 'admin@example.org')
    const practice = await payload.create({
      collection: 'practices',
      data: { title: 'Zeppelin counselling', slug: 'zeppelin-counselling', country: 'BE', originalLanguage: 'en', themes: ['access'], _status: 'published' },
      user: admin,
      overrideAccess: false,
    })
    expect(await allSlugs({ q: 'zeppelin' })).toEqual(['zeppelin-counselling'])
    await payload.update({ collection: 'practices', id: practice.id, data: { title: 'Hovercraft counselling', _status: 'published' }, user: admin, overrideAccess: false })
    expect(await allSlugs({ q: 'zeppelin' })).toEqual([])
    expect(await allSlugs({ q: 'hovercraft' })).toEqual(['zeppelin-counselling'])
    await payload.delete({ collection: 'practices', id: practice.id, user: admin, overrideAccess: false })
    expect(await allSlugs({ q: 'hovercraft' })).toEqual([])
  })

  it('finds an imported draft by its English and Dutch words once it is published through the workflow, and not while archived', async () => {
    const [admin, reviewer] = [await demoUser(payload, 'admin@example.org'), await demoUser(payload, 'reviewer@example.org')]
    const seed = practiceInputSchema.parse(seedPractices[0])
    const input = { ...seed, slug: 'quokka-guidance', title: { ...seed.title, en: 'Quokka guidance chat', nl: 'Quokkabegeleiding chat' } }
    const report = await importPractices(payload, admin, [{ name: 'quokka.csv', bytes: new TextEncoder().encode(practicesCsv([input], 'en')) }])
    expect(report.created).toEqual(['quokka-guidance'])
    const { docs } = await payload.find({ collection: 'practices', where: { slug: { equals: 'quokka-guidance' } }, draft: true, limit: 1 })
    const step = (transition: 'submit' | 'publish' | 'archive', user: typeof admin) => transitionPractice(payload, { practiceId: docs[0]!.id, transition }, user)
    const found = async () => [await allSlugs({ q: 'quokka' }), (await catalogue({ q: 'quokkabegeleiding' }, 'nl')).items.map((i) => i.slug)]

    expect(await found()).toEqual([[], []])
    await step('submit', admin)
    await step('publish', reviewer)
    expect(await found()).toEqual([['quokka-guidance'], ['quokka-guidance']])
    await step('archive', reviewer)
    expect(await found()).toEqual([[], []])
    await step('publish', reviewer)
    expect(await found()).toEqual([['quokka-guidance'], ['quokka-guidance']])
    await payload.delete({ collection: 'practices', id: docs[0]!.id })
  })

  it('pages through the results without gaps or repeats', async () => {
    const slugs = await allSlugs({ sort: 'newest' })
    expect(new Set(slugs).size).toBe(slugs.length)
    expect(slugs.length).toBe((await catalogue({})).total)
  })

  it('ignores unknown filter values and bad page numbers instead of failing', async () => {
    const result = await catalogue({ theme: 'astrology', page: '-3', sort: 'nonsense' })
    expect(result.page).toBe(1)
    expect(result.total).toBe((await catalogue({})).total)
  })
})
