/**
 * PRODUCT.md §3 through the Local API as used for a user (overrideAccess: false),
 * one row per (who, operation, record).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transitionPractice } from '@/workflow/transition-practice'
import type { TransitionName } from '@/workflow/transition-event'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

type Who = 'anonymous' | 'admin' | 'reviewer' | 'coordinator.be' | 'coordinator.nl' | 'researcher'
interface Context {
  payload: Payload
  users: Record<Exclude<Who, 'anonymous'>, TestUser>
  ids: { beDraft: number; nlDraft: number; clbchat: number; helpdesk: number; antwerp: number; beSubmitted: number; beComment: number }
  /** Organisations: shown on published practices (goClb: CLBch@t; schoolSafety: the helpdesk), shown on none, without country. */
  orgs: { goClb: number; schoolSafety: number; beUnshown: number; countryless: number }
}

let ctx: Context
const as = (who: Who) => ({ overrideAccess: false as const, user: who === 'anonymous' ? null : ctx.users[who] })

const newPractice = (slug: string, country: string) => ({
  title: `Test practice ${slug}`,
  slug,
  country,
  originalLanguage: 'en' as const,
})

beforeAll(async () => {
  const payload = await payloadForTests()
  const users = Object.fromEntries(
    await Promise.all(
      (['admin', 'reviewer', 'coordinator.be', 'coordinator.nl', 'researcher'] as const).map(
        async (who) => [who, await demoUser(payload, `${who}@example.org`)] as const,
      ),
    ),
  ) as Context['users']
  const idOf = async (slug: string) => (await payload.find({ collection: 'practices', where: { slug: { equals: slug } }, limit: 1 })).docs[0].id
  const beDraft = await payload.create({ collection: 'practices', data: newPractice('local-be-draft', 'BE'), draft: true, user: users['coordinator.be'], overrideAccess: false })
  const nlDraft = await payload.create({ collection: 'practices', data: newPractice('local-nl-draft', 'NL'), draft: true, user: users['coordinator.nl'], overrideAccess: false })
  // A Belgian practice submitted for review, with a reviewer's comment in its thread.
  const beSubmitted = await payload.create({ collection: 'practices', data: newPractice('local-be-submitted', 'BE'), draft: true, user: users['coordinator.be'], overrideAccess: false })
  await transitionPractice(payload, { practiceId: beSubmitted.id, transition: 'submit' }, users['coordinator.be'])
  const beComment = await payload.create({ collection: 'review-comments', data: { practice: beSubmitted.id, body: 'Belgian review comment' }, user: users.reviewer, overrideAccess: false })
  const orgIdOf = async (slug: string) => (await payload.find({ collection: 'organisations', where: { slug: { equals: slug } }, limit: 1 })).docs[0].id
  const beUnshown = await payload.create({ collection: 'organisations', data: { name: 'Local BE organisation', slug: 'local-be-org', country: 'BE' } })
  const countryless = await payload.create({ collection: 'organisations', data: { name: 'Local organisation without country', slug: 'local-countryless-org' } })
  ctx = {
    payload,
    users,
    ids: { beDraft: beDraft.id, nlDraft: nlDraft.id, clbchat: await idOf('clbchat'), helpdesk: await idOf('school-safety-helpdesk'), antwerp: await idOf('antwerp-radicalisation-flow'), beSubmitted: beSubmitted.id, beComment: beComment.id },
    orgs: { goClb: await orgIdOf('go-clb'), schoolSafety: await orgIdOf('school-en-veiligheid'), beUnshown: beUnshown.id, countryless: countryless.id },
  }
})

afterAll(async () => {
  await ctx?.payload.destroy()
})

type Row = [who: Who, what: string, expected: 'allowed' | 'denied', run: (c: Context) => Promise<unknown>]

const read = (who: Who, id: number, draft = false) => ctx.payload.findByID({ collection: 'practices', id, draft, depth: 0, ...as(who) })
const update = (who: Who, id: number, data: Record<string, unknown>, draft = true) =>
  ctx.payload.update({ collection: 'practices', id, data, draft, depth: 0, ...as(who) })
const updateOrg = (who: Who, id: number, data: Record<string, unknown>) => ctx.payload.update({ collection: 'organisations', id, data, depth: 0, ...as(who) })
const createOrg = (who: Who, slug: string, country?: string | null) =>
  ctx.payload.create({ collection: 'organisations', data: { name: `Organisation ${slug}`, slug, country }, depth: 0, ...as(who) })
const step = (who: Exclude<Who, 'anonymous'>, id: number, transition: TransitionName, comment?: string) =>
  transitionPractice(ctx.payload, { practiceId: id, transition, comment }, ctx.users[who])
const readComment = (who: Who, id: number) => ctx.payload.findByID({ collection: 'review-comments', id, depth: 0, ...as(who) })
const shownRefusal = 'This organisation is shown on published practices (CLBch@t – chat service of the pupil guidance centres); ask a reviewer to change it.'

// Rows run in order: the reviewer's publish comes after the coordinator's attempts on the same draft.
const rows: Row[] = [
  ['anonymous', 'read a Dutch draft', 'denied', ({ payload, ids }) => read('anonymous', ids.nlDraft)],
  ['anonymous', 'read a Dutch draft with draft=true', 'denied', ({ payload, ids }) => read('anonymous', ids.nlDraft, true)],
  ['anonymous', 'read a published practice', 'allowed', ({ payload, ids }) => read('anonymous', ids.helpdesk)],
  ['anonymous', 'read practice versions (the public history)', 'allowed', ({ payload, ids }) => payload.findVersions({ collection: 'practices', ...as('anonymous') })],
  ['anonymous', 'create a practice', 'denied', ({ payload, ids }) => payload.create({ collection: 'practices', data: newPractice('anon-x', 'BE'), ...as('anonymous') })],
  ['anonymous', 'read users', 'denied', ({ payload, ids }) => payload.find({ collection: 'users', ...as('anonymous') })],
  ['coordinator.be', 'read a Dutch draft', 'denied', ({ payload, ids }) => read('coordinator.be', ids.nlDraft)],
  ['coordinator.be', 'read a Dutch draft with draft=true', 'denied', ({ payload, ids }) => read('coordinator.be', ids.nlDraft, true)],
  ['coordinator.be', 'read its own Belgian draft', 'allowed', ({ payload, ids }) => read('coordinator.be', ids.beDraft, true)],
  ['coordinator.be', 'read a published Dutch practice', 'allowed', ({ payload, ids }) => read('coordinator.be', ids.helpdesk)],
  ['coordinator.be', 'update a Dutch practice', 'denied', ({ payload, ids }) => update('coordinator.be', ids.helpdesk, { summary: 'changed' })],
  ['coordinator.be', 'update a Dutch draft', 'denied', ({ payload, ids }) => update('coordinator.be', ids.nlDraft, { summary: 'changed' })],
  ['coordinator.be', 'delete a Dutch practice', 'denied', ({ payload, ids }) => payload.delete({ collection: 'practices', id: ids.helpdesk, ...as('coordinator.be') })],
  ['coordinator.be', 'delete a Dutch draft', 'denied', ({ payload, ids }) => payload.delete({ collection: 'practices', id: ids.nlDraft, ...as('coordinator.be') })],
  ['coordinator.be', 'delete a published Belgian practice', 'denied', ({ payload, ids }) => payload.delete({ collection: 'practices', id: ids.antwerp, ...as('coordinator.be') })],
  ['coordinator.be', 'create a practice for the Netherlands', 'denied', ({ payload, ids }) => payload.create({ collection: 'practices', data: newPractice('be-makes-nl', 'NL'), draft: true, ...as('coordinator.be') })],
  ['coordinator.be', 'create a Belgian draft', 'allowed', ({ payload, ids }) => payload.create({ collection: 'practices', data: newPractice('be-makes-be', 'BE'), draft: true, ...as('coordinator.be') })],
  ['coordinator.be', 'move its Belgian draft to the Netherlands', 'denied', ({ payload, ids }) => update('coordinator.be', ids.beDraft, { country: 'NL' })],
  ['coordinator.be', 'publish its Belgian draft', 'denied', ({ payload, ids }) => update('coordinator.be', ids.beDraft, { _status: 'published' }, false)],
  ['coordinator.be', 'save changes to a published Belgian practice without draft', 'denied', ({ payload, ids }) => update('coordinator.be', ids.antwerp, { summary: 'live edit' }, false)],
  ['coordinator.be', 'save a draft of a published Belgian practice', 'allowed', ({ payload, ids }) => update('coordinator.be', ids.clbchat, { summary: 'A Belgian draft' })],
  ['coordinator.be', 'update another user', 'denied', ({ payload, ids }) => payload.update({ collection: 'users', id: ctx.users['coordinator.nl'].id, data: { name: 'x' }, ...as('coordinator.be') })],
  ['coordinator.nl', 'read its own Dutch draft', 'allowed', ({ payload, ids }) => read('coordinator.nl', ids.nlDraft, true)],
  ['coordinator.be', 'publish its submitted Belgian practice', 'denied', ({ ids }) => step('coordinator.be', ids.beSubmitted, 'publish')],
  ['coordinator.be', 'request changes on its submitted Belgian practice', 'denied', ({ ids }) => step('coordinator.be', ids.beSubmitted, 'requestChanges', 'Fine as it is.')],
  ['coordinator.nl', 'withdraw a Belgian submission', 'denied', ({ ids }) => step('coordinator.nl', ids.beSubmitted, 'withdraw')],
  ['coordinator.be', 'read a review comment on its Belgian practice', 'allowed', ({ ids }) => readComment('coordinator.be', ids.beComment)],
  ['coordinator.nl', 'read a review comment on a Belgian practice', 'denied', ({ ids }) => readComment('coordinator.nl', ids.beComment)],
  ['coordinator.nl', 'mark a Belgian review comment resolved', 'denied', ({ payload, ids }) => payload.update({ collection: 'review-comments', id: ids.beComment, data: { resolved: true }, ...as('coordinator.nl') })],
  ['anonymous', 'read a review comment', 'denied', ({ ids }) => readComment('anonymous', ids.beComment)],
  ['anonymous', 'list review comments', 'denied', ({ payload }) => payload.find({ collection: 'review-comments', ...as('anonymous') })],
  ['researcher', 'list review comments', 'denied', ({ payload }) => payload.find({ collection: 'review-comments', ...as('researcher') })],
  ['reviewer', 'read a review comment on a Belgian practice', 'allowed', ({ ids }) => readComment('reviewer', ids.beComment)],
  ['researcher', 'read a Dutch draft', 'denied', ({ payload, ids }) => read('researcher', ids.nlDraft)],
  ['researcher', 'read a published practice', 'allowed', ({ payload, ids }) => read('researcher', ids.clbchat)],
  ['researcher', 'update a practice', 'denied', ({ payload, ids }) => update('researcher', ids.clbchat, { summary: 'x' })],
  ['researcher', 'create a practice', 'denied', ({ payload, ids }) => payload.create({ collection: 'practices', data: newPractice('res-x', 'BE'), draft: true, ...as('researcher') })],
  ['reviewer', 'read a Dutch draft', 'allowed', ({ payload, ids }) => read('reviewer', ids.nlDraft, true)],
  ['reviewer', 'publish a Belgian draft', 'allowed', ({ payload, ids }) => update('reviewer', ids.beDraft, { _status: 'published' }, false)],
  ['coordinator.be', 'update a Dutch organisation', 'denied', ({ orgs }) => updateOrg('coordinator.be', orgs.schoolSafety, { website: 'https://example.org/be' })],
  ['coordinator.be', 'create an organisation for the Netherlands', 'denied', () => createOrg('coordinator.be', 'be-makes-nl-org', 'NL')],
  ['coordinator.be', 'create an organisation without a country', 'denied', () => createOrg('coordinator.be', 'be-makes-countryless-org', null)],
  ['coordinator.be', 'create a Belgian organisation', 'allowed', () => createOrg('coordinator.be', 'be-makes-be-org', 'BE')],
  ['coordinator.be', 'update a Belgian organisation no published practice shows', 'allowed', ({ orgs }) => updateOrg('coordinator.be', orgs.beUnshown, { name: 'Renamed by BE' })],
  ['coordinator.be', 'move a Belgian organisation to the Netherlands', 'denied', ({ orgs }) => updateOrg('coordinator.be', orgs.beUnshown, { country: 'NL' })],
  ['coordinator.be', 'remove the country of a Belgian organisation', 'denied', ({ orgs }) => updateOrg('coordinator.be', orgs.beUnshown, { country: null })],
  ['coordinator.be', 'update an organisation without a country', 'denied', ({ orgs }) => updateOrg('coordinator.be', orgs.countryless, { name: 'Claimed by BE' })],
  ['coordinator.be', 'update a Belgian organisation a published practice shows', 'denied', ({ orgs }) => updateOrg('coordinator.be', orgs.goClb, { website: 'https://example.org/be' })],
  ['coordinator.be', 'delete a Belgian organisation', 'denied', ({ payload, orgs }) => payload.delete({ collection: 'organisations', id: orgs.beUnshown, ...as('coordinator.be') })],
  ['coordinator.nl', 'update the Dutch organisation a published practice shows', 'denied', ({ orgs }) => updateOrg('coordinator.nl', orgs.schoolSafety, { website: 'https://example.org/nl' })],
  ['researcher', 'create an organisation', 'denied', () => createOrg('researcher', 'res-org', 'BE')],
  ['reviewer', 'update a Belgian organisation a published practice shows', 'allowed', ({ orgs }) => updateOrg('reviewer', orgs.goClb, { website: 'https://example.org/reviewed' })],
  ['reviewer', 'move an organisation to another country', 'allowed', ({ orgs }) => updateOrg('reviewer', orgs.countryless, { country: 'NL' })],
  ['admin', 'create an organisation without a country', 'allowed', () => createOrg('admin', 'admin-countryless-org', null)],
  ['admin', 'delete a Dutch draft', 'allowed', ({ payload, ids }) => payload.create({ collection: 'practices', data: newPractice('admin-temp', 'NL'), draft: true, ...as('admin') }).then((p) => payload.delete({ collection: 'practices', id: p.id, ...as('admin') }))],
]

describe('access through the Local API (overrideAccess: false)', () => {
  for (const [who, what, expected, run] of rows) {
    it(`${who} ${expected === 'allowed' ? 'may' : 'may not'} ${what}`, async () => {
      // A refusal carries 401, 403 or 404; anything else (a validation error, a crash) is no proof of a rule.
      const outcome = await run(ctx).then(
        () => 'allowed',
        (error: { status?: number; message: string }) => ([401, 403, 404].includes(error.status ?? 0) ? 'denied' : `failed: ${error.message}`),
      )
      expect(outcome).toBe(expected)
    })
  }

  it('shows anonymous readers only published practices, and no private contact persons', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'practices',
      where: { slug: { in: ['antwerp-radicalisation-flow', 'clbchat', 'school-safety-helpdesk', 'local-nl-draft', 'local-be-draft'] } },
      depth: 2,
      ...as('anonymous'),
    })
    const slugs = docs.map((d) => d.slug)
    expect(slugs).toEqual(expect.arrayContaining(['antwerp-radicalisation-flow', 'clbchat', 'school-safety-helpdesk']))
    expect(slugs).not.toContain('local-nl-draft')
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    const antwerp = docs.find((d) => d.slug === 'antwerp-radicalisation-flow')
    expect(antwerp?.persons).toEqual([])
    expect(JSON.stringify(docs)).not.toContain('Goris')
  })

  it('shows editors the private contact persons', async () => {
    const antwerp = await ctx.payload.findByID({ collection: 'practices', id: ctx.ids.antwerp, depth: 0, ...as('coordinator.nl') })
    expect(antwerp.persons?.map((p) => p.name)).toEqual(['Noëmie Goris', 'Diane Bangels'])
  })

  it('keeps the published version public while a coordinator draft waits for review', async () => {
    await update('coordinator.be', ctx.ids.clbchat, { summary: 'A draft summary awaiting review' })
    const publicView = await ctx.payload.findByID({ collection: 'practices', id: ctx.ids.clbchat, depth: 0, ...as('anonymous') })
    expect(publicView.summary).not.toBe('A draft summary awaiting review')
    const coordinatorView = await read('coordinator.be', ctx.ids.clbchat, true)
    expect(coordinatorView.summary).toBe('A draft summary awaiting review')
  })

  it('tells a coordinator why an organisation shown on a published practice stays as it is', async () => {
    const { name } = await ctx.payload.findByID({ collection: 'organisations', id: ctx.orgs.goClb, depth: 0 })
    await expect(updateOrg('coordinator.be', ctx.orgs.goClb, { name: 'GO! CLB renamed by BE' })).rejects.toThrow(shownRefusal)
    const clbchat = await ctx.payload.findByID({ collection: 'practices', id: ctx.ids.clbchat, depth: 1, ...as('anonymous') })
    expect(clbchat.originators?.map((o) => (typeof o === 'object' ? o.name : o))).toContain(name)
  })

  it('files a new organisation of a coordinator under their country when none is given', async () => {
    const created = await ctx.payload.create({ collection: 'organisations', data: { name: 'Default country', slug: 'be-default-country-org' }, depth: 0, ...as('coordinator.be') })
    expect(created.country).toBe('BE')
  })

  it('ignores a coordinator changing their own roles or countries', async () => {
    const me = ctx.users['coordinator.be']
    await ctx.payload.update({ collection: 'users', id: me.id, data: { roles: ['admin'], countries: ['BE', 'NL'] }, ...as('coordinator.be') }).catch(() => undefined)
    const after = await ctx.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(after.roles).toEqual(['coordinator'])
    expect(after.countries).toEqual(['BE'])
  })

  it('lists no Belgian review comments to the Dutch coordinator', async () => {
    const { docs } = await ctx.payload.find({ collection: 'review-comments', depth: 0, ...as('coordinator.nl') })
    expect(docs.map((c) => c.body)).not.toContain('Belgian review comment')
  })

  it('keeps the workflow state out of a coordinator’s reach: what they send is ignored', async () => {
    await update('coordinator.be', ctx.ids.beSubmitted, { workflowState: 'published', _status: 'draft' })
    const doc = await read('coordinator.be', ctx.ids.beSubmitted, true)
    expect([doc.workflowState, doc._status]).toEqual(['submitted', 'draft'])
  })

  it('shows anonymous readers and researchers only the published versions of published practices', async () => {
    for (const who of ['anonymous', 'researcher'] as const) {
      const { docs } = await ctx.payload.findVersions({ collection: 'practices', depth: 0, limit: 500, ...as(who) })
      expect(docs.length).toBeGreaterThan(0)
      expect(new Set(docs.map((v) => v.version._status))).toEqual(new Set(['published']))
      const parents = new Set(docs.map((v) => v.parent))
      expect([ctx.ids.nlDraft, ctx.ids.beSubmitted].filter((id) => parents.has(id))).toEqual([])
    }
  })

  it('lets a Belgian coordinator see no versions of Dutch practices', async () => {
    const { docs } = await ctx.payload.findVersions({ collection: 'practices', depth: 0, limit: 100, ...as('coordinator.be') })
    expect(docs.length).toBeGreaterThan(0)
    const countries = new Set(docs.map((v) => v.version.country))
    expect([...countries]).toEqual(['BE'])
  })
})
