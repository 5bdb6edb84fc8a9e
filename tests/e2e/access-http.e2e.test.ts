/** PRODUCT.md §3 through the doors a browser or script uses: REST and GraphQL on the running app. */
import { beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'

import { ApiClient } from '../support/http'
import { richTextLinkingTo } from '../support/rich-text-link'

const baseURL = inject('baseURL')
let anonymous: ApiClient
let be: ApiClient
let ids: { beDraft: number; nlDraft: number; helpdesk: number; antwerp: number }
/** Organisations: GO! CLB is shown on the published CLBch@t, the school-safety foundation on the published Dutch helpdesk. */
let orgs: { goClb: number; schoolSafety: number; beNew: number }

const bySlug = async (client: ApiClient, slug: string, collection = 'practices') =>
  (await client.rest('GET', `/api/${collection}?where[slug][equals]=${slug}&depth=0`)).json.docs[0].id as number
const shownRefusal = {
  en: 'This organisation is shown on published practices (CLBch@t – chat service of the pupil guidance centres); ask a reviewer to change it.',
  nl: 'Deze organisatie staat op gepubliceerde praktijken (CLBch@t – chatdienst van de centra voor leerlingenbegeleiding); vraag een reviewer om ze te wijzigen.',
}

beforeAll(async () => {
  anonymous = ApiClient.anonymous(baseURL)
  be = await ApiClient.signedIn(baseURL, 'coordinator.be@example.org')
  const nl = await ApiClient.signedIn(baseURL, 'coordinator.nl@example.org')
  const draft = (slug: string, country: string) => ({ title: `HTTP test ${slug}`, slug, country, originalLanguage: 'en' })
  const beDraft = await be.rest('POST', '/api/practices?draft=true', draft('http-be-draft', 'BE'))
  const nlDraft = await nl.rest('POST', '/api/practices?draft=true', draft('http-nl-draft', 'NL'))
  expect([beDraft.status, nlDraft.status]).toEqual([201, 201])
  ids = { beDraft: beDraft.json.doc.id, nlDraft: nlDraft.json.doc.id, helpdesk: await bySlug(anonymous, 'school-safety-helpdesk'), antwerp: await bySlug(anonymous, 'antwerp-radicalisation-flow') }
  const beNew = await be.rest('POST', '/api/organisations', { name: 'HTTP Belgian organisation', slug: 'http-be-org', country: 'BE' })
  expect(beNew.status).toBe(201)
  orgs = { goClb: await bySlug(anonymous, 'go-clb', 'organisations'), schoolSafety: await bySlug(anonymous, 'school-en-veiligheid', 'organisations'), beNew: beNew.json.doc.id }
})

const denied = (status: number) => [401, 403, 404].includes(status)

describe('REST', () => {
  it('answers 400 naming the field when a draft holds a javascript: link, and keeps the draft as it was', async () => {
    const { status, json } = await be.rest('PATCH', `/api/practices/${ids.beDraft}?draft=true`, { description: richTextLinkingTo(' JaVaScRiPt:alert(1)') })
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/^The following field is invalid: description\. description: .*link/i)
    expect(json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'description' })])
    const stored = await be.rest('GET', `/api/practices/${ids.beDraft}?draft=true&depth=0`)
    expect(stored.json.description ?? null).toBeNull()
  })

  it('lists only published practices to anonymous readers, even with draft=true', async () => {
    // A pending draft of a published practice must neither show nor hide the published version.
    await be.rest('PATCH', `/api/practices/${await bySlug(anonymous, 'clbchat')}?draft=true`, { summary: 'Pending draft summary' })
    const { json, text } = await anonymous.rest('GET', '/api/practices?draft=true&limit=100&depth=0')
    expect(json.docs.map((d: { slug: string }) => d.slug)).toEqual(expect.arrayContaining(['clbchat', 'school-safety-helpdesk', 'antwerp-radicalisation-flow']))
    expect(text).not.toContain('Pending draft summary')
    expect(json.docs.every((d: { _status: string }) => d._status === 'published')).toBe(true)
    expect(json.docs.map((d: { slug: string }) => d.slug)).not.toContain('http-nl-draft')
  })

  it.each([
    ['a draft', (id: number) => `/api/practices/${id}`],
    ['a draft with draft=true', (id: number) => `/api/practices/${id}?draft=true`],
  ])('hides %s from anonymous readers', async (_, path) => {
    expect(denied((await anonymous.rest('GET', path(ids.nlDraft))).status)).toBe(true)
  })

  it('gives anonymous readers only published versions from the versions endpoint (the public history)', async () => {
    const { status, json } = await anonymous.rest('GET', '/api/practices/versions?depth=0&limit=100')
    expect(status).toBe(200)
    const docs = json.docs as { parent: number; version: { _status: string } }[]
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((v) => v.version._status === 'published')).toBe(true)
    expect(docs.map((v) => v.parent)).not.toContain(ids.nlDraft)
  })

  it('shows anonymous readers no private contact data at any depth', async () => {
    const { json, text } = await anonymous.rest('GET', `/api/practices/${ids.antwerp}?depth=2`)
    expect(json.persons).toEqual([])
    expect(text).not.toContain('Goris')
    expect(text).not.toContain('03 338 31 37')
    const probe = await anonymous.rest('GET', `/api/practices?where[persons.name][equals]=Diane%20Bangels&depth=0`)
    expect(probe.json?.docs ?? []).toEqual([])
  })

  it('refuses the user list to anonymous readers', async () => {
    expect(denied((await anonymous.rest('GET', '/api/users')).status)).toBe(true)
  })

  it.each([
    ['read a Dutch draft', () => be.rest('GET', `/api/practices/${ids.nlDraft}?draft=true`)],
    ['update a Dutch practice', () => be.rest('PATCH', `/api/practices/${ids.helpdesk}?draft=true`, { summary: 'changed by BE' })],
    ['delete a Dutch practice', () => be.rest('DELETE', `/api/practices/${ids.helpdesk}`)],
    ['delete a Dutch draft', () => be.rest('DELETE', `/api/practices/${ids.nlDraft}`)],
    ['create a practice for the Netherlands', () => be.rest('POST', '/api/practices?draft=true', { title: 'x', slug: 'be-for-nl', country: 'NL', originalLanguage: 'en' })],
    ['move its draft to the Netherlands', () => be.rest('PATCH', `/api/practices/${ids.beDraft}?draft=true`, { country: 'NL' })],
    ['publish its draft', () => be.rest('PATCH', `/api/practices/${ids.beDraft}`, { _status: 'published' })],
  ])('refuses a Belgian coordinator who tries to %s', async (_, attempt) => {
    const { status } = await attempt()
    expect(denied(status), `status ${status}`).toBe(true)
  })

  it.each([
    ['rename a Dutch organisation', () => be.rest('PATCH', `/api/organisations/${orgs.schoolSafety}`, { name: 'Renamed by BE' })],
    ['create an organisation for the Netherlands', () => be.rest('POST', '/api/organisations', { name: 'x', slug: 'http-be-for-nl-org', country: 'NL' })],
    ['move a Belgian organisation to the Netherlands', () => be.rest('PATCH', `/api/organisations/${orgs.beNew}`, { country: 'NL' })],
    ['remove the country of a Belgian organisation', () => be.rest('PATCH', `/api/organisations/${orgs.beNew}`, { country: null })],
    ['delete a Belgian organisation', () => be.rest('DELETE', `/api/organisations/${orgs.beNew}`)],
  ])('refuses a Belgian coordinator who tries to %s', async (_, attempt) => {
    const { status } = await attempt()
    expect(denied(status), `status ${status}`).toBe(true)
  })

  it('keeps the published Dutch practice showing its organisation’s name after a Belgian coordinator’s attempt', async () => {
    await be.rest('PATCH', `/api/organisations/${orgs.schoolSafety}`, { name: 'Renamed by BE' })
    const { json } = await anonymous.rest('GET', `/api/practices/${ids.helpdesk}?depth=1`)
    expect(json.originators.map((o: { name: string }) => o.name)).toEqual(['Stichting School & Veiligheid'])
    const page = await anonymous.rest('GET', '/nl/practices/school-safety-helpdesk')
    expect(page.status).toBe(200)
    expect(page.text).toContain('Stichting School &amp; Veiligheid')
    expect(page.text).not.toContain('Renamed by BE')
  })

  it('lets a Belgian coordinator update a Belgian organisation that no published practice shows', async () => {
    const { status, json } = await be.rest('PATCH', `/api/organisations/${orgs.beNew}`, { website: 'https://example.org/http-be' })
    expect(status).toBe(200)
    expect(json.doc.website).toBe('https://example.org/http-be')
  })

  it.each([
    ['en', shownRefusal.en],
    ['nl', shownRefusal.nl],
  ])('refuses a Belgian coordinator a change to an organisation a published practice shows, saying why (%s)', async (language, message) => {
    const { status, json } = await be.rest('PATCH', `/api/organisations/${orgs.goClb}`, { name: 'GO! CLB renamed by BE' }, { 'accept-language': language })
    expect(status).toBe(403)
    expect(json.errors[0].message).toBe(message)
    const page = await anonymous.rest('GET', '/en/practices/clbchat')
    expect(page.text).toContain('GO! CLB')
    expect(page.text).not.toContain('renamed by BE')
  })

  it('lets a reviewer change an organisation a published practice shows', async () => {
    const reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
    const { status } = await reviewer.rest('PATCH', `/api/organisations/${orgs.goClb}`, { website: 'https://example.org/go-clb' })
    expect(status).toBe(200)
  })

  it('keeps a coordinator’s roles and countries when they try to change them', async () => {
    const me = (await be.rest('GET', '/api/users/me')).json.user
    await be.rest('PATCH', `/api/users/${me.id}`, { roles: ['admin'], countries: ['BE', 'NL'] })
    const after = (await be.rest('GET', '/api/users/me?depth=0')).json.user
    expect(after.roles).toEqual(['coordinator'])
    expect(after.countries).toEqual(['BE'])
  })

  it('still shows the Dutch draft to its own coordinator', async () => {
    const nl = await ApiClient.signedIn(baseURL, 'coordinator.nl@example.org')
    expect((await nl.rest('GET', `/api/practices/${ids.nlDraft}?draft=true`)).status).toBe(200)
  })
})

describe('GraphQL', () => {
  // Each test is a client of its own: GraphQL allows a client only a few requests in a short window.
  let beGraphql: ApiClient
  beforeEach(() => {
    beGraphql = be.withNewAddress()
  })

  it('lists only published practices, without private contacts, to anonymous readers', async () => {
    const { data, text } = await anonymous.graphql('{ Practices(draft: true, limit: 100) { docs { slug _status persons { name phone } } } }')
    const docs = data.Practices.docs as { slug: string; _status: string; persons: unknown[] }[]
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    expect(docs.map((d) => d.slug)).not.toContain('http-nl-draft')
    expect(docs.find((d) => d.slug === 'antwerp-radicalisation-flow')?.persons).toEqual([])
    expect(text).not.toContain('Goris')
  })

  it('gives anonymous readers only published practice versions, without private contacts', async () => {
    const { data, text } = await anonymous.graphql('{ versionsPractices(limit: 100) { docs { version { slug _status persons { name phone } } } } }')
    const docs = data.versionsPractices.docs as { version: { slug: string; _status: string; persons: unknown[] } }[]
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => d.version._status === 'published')).toBe(true)
    expect(docs.map((d) => d.version.slug)).not.toContain('http-nl-draft')
    expect(text).not.toContain('Goris')
  })

  it('refuses a Belgian coordinator a Dutch draft', async () => {
    const { data } = await beGraphql.graphql(`{ Practice(id: ${ids.nlDraft}, draft: true) { slug } }`)
    expect(data?.Practice ?? null).toBeNull()
  })

  it('refuses a Belgian coordinator who updates a Dutch practice', async () => {
    const { errors } = await beGraphql.graphql(`mutation { updatePractice(id: ${ids.helpdesk}, draft: true, data: { summary: "changed by BE" }) { id } }`)
    expect(errors?.length ?? 0).toBeGreaterThan(0)
  })

  it('lets a Belgian coordinator create and update Belgian drafts (the same mutations that are refused above and below)', async () => {
    const created = await beGraphql.graphql('mutation { createPractice(draft: true, data: { title: "GraphQL draft", slug: "gql-be-be", country: "BE", originalLanguage: en }) { id } }')
    expect(created.errors).toBeUndefined()
    const updated = await beGraphql.graphql(`mutation { updatePractice(id: ${ids.beDraft}, draft: true, data: { summary: "via GraphQL" }) { summary } }`)
    expect(updated.data.updatePractice.summary).toBe('via GraphQL')
  })

  it('refuses a Belgian coordinator who creates a Dutch practice', async () => {
    const { errors } = await beGraphql.graphql('mutation { createPractice(draft: true, data: { title: "x", slug: "gql-be-nl", country: "NL", originalLanguage: en }) { id } }')
    expect(errors?.length ?? 0).toBeGreaterThan(0)
  })

  it.each([
    ['rename a Dutch organisation', () => `mutation { updateOrganisation(id: ${orgs.schoolSafety}, data: { name: "Renamed by BE" }) { name } }`],
    ['move a Belgian organisation to the Netherlands', () => `mutation { updateOrganisation(id: ${orgs.beNew}, data: { country: "NL" }) { name } }`],
    ['create an organisation for the Netherlands', () => 'mutation { createOrganisation(data: { name: "x", slug: "gql-be-nl-org", country: "NL" }) { id } }'],
  ])('refuses a Belgian coordinator who tries to %s', async (_, mutation) => {
    const { data, errors } = await beGraphql.graphql(mutation())
    expect(errors?.length ?? 0).toBeGreaterThan(0)
    expect(Object.values(data ?? {}).every((v) => v === null)).toBe(true)
  })

  it('lets a Belgian coordinator create and update a Belgian organisation', async () => {
    const created = await beGraphql.graphql('mutation { createOrganisation(data: { name: "GraphQL organisation", slug: "gql-be-org", country: "BE" }) { id } }')
    expect(created.errors).toBeUndefined()
    const updated = await beGraphql.graphql(`mutation { updateOrganisation(id: ${created.data.createOrganisation.id}, data: { name: "GraphQL organisation, renamed" }) { name } }`)
    expect(updated.errors).toBeUndefined()
    expect(updated.data.updateOrganisation.name).toBe('GraphQL organisation, renamed')
  })

  it('refuses a Belgian coordinator a change to an organisation a published practice shows, saying why', async () => {
    const { errors } = await beGraphql.graphql(`mutation { updateOrganisation(id: ${orgs.goClb}, data: { name: "GO! CLB renamed by BE" }) { name } }`)
    expect(errors?.map((e) => e.message)).toEqual([shownRefusal.en])
  })
})
