/**
 * Who may reach a benchmark self-assessment, through the Local API as used for a user
 * (overrideAccess: false) and through the private-link door; and what a write may not forge.
 * REST and GraphQL are checked in benchmark.e2e.test.ts beside this file.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { AssessmentInput } from '@/benchmark/answers-schema'
import type { AssessmentRef } from '@/benchmark/assessment-ref'
import { newLinkToken } from '@/benchmark/private-link'
import { linkContext } from '@/benchmark/write-context'
import { findAssessment, listAssessments } from '@/benchmark/data/assessments'
import { getAssessmentReport } from '@/benchmark/data/report'
import { createAssessment, setAssessmentSharing, updateAssessment } from '@/benchmark/data/save'
import { anonymousViewer, type Viewer } from '@/data/viewer'
import { demoUser, payloadForTests, type TestUser } from '@tests/support/payload'

type Account = 'admin' | 'reviewer' | 'coordinator.be' | 'coordinator.nl' | 'researcher' | 'coordinator.be2'
let payload: Payload
let users: Record<Account, TestUser>
let clbchat: number
const ids = { researcher: 0, coordinator: 0, anonymous: 0, otherAnonymous: 0 }
let link: Extract<AssessmentRef, { door: 'link' }>
let otherLink: Extract<AssessmentRef, { door: 'link' }>

const viewer = (who: Account | 'anonymous'): Viewer => (who === 'anonymous' ? anonymousViewer : { user: users[who] })
const as = (who: Account | 'anonymous') => ({ overrideAccess: false as const, user: viewer(who).user })
const byLink = (ref: { token: string }) => ({ overrideAccess: false as const, user: null, context: linkContext(ref.token) })

const input = (extra: Partial<AssessmentInput> = {}): AssessmentInput => ({
  sections: ['access'],
  answers: { 'access.anonymous': { state: 'achieved' }, 'access.multiChannel': { state: 'inProgress', targetState: 'achieved', targetDate: '2027-06-30' } },
  ...extra,
})

async function saved(who: Account | 'anonymous', data: AssessmentInput): Promise<AssessmentRef> {
  const result = await createAssessment(viewer(who), data, null)
  if (!result.ok) throw new Error(`could not create an assessment as ${who}: ${JSON.stringify(result)}`)
  return result.ref
}

beforeAll(async () => {
  payload = await payloadForTests()
  const accounts = ['admin', 'reviewer', 'coordinator.be', 'coordinator.nl', 'researcher'] as const
  users = Object.fromEntries(await Promise.all(accounts.map(async (who) => [who, await demoUser(payload, `${who}@example.org`)] as const))) as typeof users
  const second = await payload.create({
    collection: 'users',
    data: { email: 'coordinator.be2@example.org', password: 'another-demo-password', roles: ['coordinator'], countries: ['BE'] },
  })
  users['coordinator.be2'] = { ...second, collection: 'users' }
  clbchat = (await payload.find({ collection: 'practices', where: { slug: { equals: 'clbchat' } }, limit: 1 })).docs[0].id

  ids.researcher = ((await saved('researcher', input())) as { id: number }).id
  ids.coordinator = ((await saved('coordinator.be', input({ practice: clbchat }))) as { id: number }).id
  link = (await saved('anonymous', input({ practice: clbchat }))) as typeof link
  otherLink = (await saved('anonymous', input())) as typeof otherLink
  ids.anonymous = (await findAssessment(anonymousViewer, link))!.id
  ids.otherAnonymous = (await findAssessment(anonymousViewer, otherLink))!.id
})

afterAll(async () => {
  await payload?.destroy()
})

const outcome = (run: () => Promise<unknown>) =>
  run().then(
    () => 'allowed',
    () => 'denied',
  )

type Row = [who: string, what: string, expected: 'allowed' | 'denied', run: () => Promise<unknown>]
const rows: Row[] = [
  ['anonymous', 'list assessments', 'denied', () => payload.find({ collection: 'assessments', ...as('anonymous') })],
  ['anonymous', 'read an assessment by id', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.anonymous, ...as('anonymous') })],
  ['anonymous', 'create an assessment without the page', 'denied', () => payload.create({ collection: 'assessments', data: { sections: ['access'], answers: {} }, ...as('anonymous') })],
  ['anonymous', 'count assessments', 'denied', () => payload.count({ collection: 'assessments', ...as('anonymous') })],
  ['a private link', 'read its own assessment by id', 'allowed', () => payload.findByID({ collection: 'assessments', id: ids.anonymous, ...byLink(link) })],
  ['a private link', 'read another assessment by id', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.otherAnonymous, ...byLink(link) })],
  ['a private link', 'read an account’s assessment by id', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.researcher, ...byLink(link) })],
  ['a private link', 'change its own assessment', 'allowed', () => payload.update({ collection: 'assessments', id: ids.anonymous, data: { name: 'Renamed by link' }, ...byLink(link) })],
  ['a private link', 'change another assessment', 'denied', () => payload.update({ collection: 'assessments', id: ids.otherAnonymous, data: { name: 'x' }, ...byLink(link) })],
  ['a private link', 'delete its assessment', 'denied', () => payload.delete({ collection: 'assessments', id: ids.anonymous, ...byLink(link) })],
  ['researcher', 'read their own assessment', 'allowed', () => payload.findByID({ collection: 'assessments', id: ids.researcher, ...as('researcher') })],
  ['researcher', 'read a coordinator’s assessment', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.coordinator, ...as('researcher') })],
  ['researcher', 'read an assessment made by link', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.anonymous, ...as('researcher') })],
  ['researcher', 'change a coordinator’s assessment', 'denied', () => payload.update({ collection: 'assessments', id: ids.coordinator, data: { name: 'x' }, ...as('researcher') })],
  ['reviewer', 'read a researcher’s assessment', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.researcher, ...as('reviewer') })],
  ['coordinator.nl', 'read a Belgian coordinator’s assessment', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.coordinator, ...as('coordinator.nl') })],
  ['coordinator.be2', 'read a colleague’s assessment not shared', 'denied', () => payload.findByID({ collection: 'assessments', id: ids.coordinator, ...as('coordinator.be2') })],
  ['admin', 'read an assessment made by link', 'allowed', () => payload.findByID({ collection: 'assessments', id: ids.anonymous, ...as('admin') })],
  ['admin', 'delete a researcher’s assessment of their own making', 'allowed', async () => {
    const ref = (await saved('researcher', input())) as { id: number }
    return payload.delete({ collection: 'assessments', id: ref.id, ...as('admin') })
  }],
]

describe('assessment access through the Local API', () => {
  for (const [who, what, expected, run] of rows) {
    it(`${who} ${expected === 'allowed' ? 'may' : 'may not'} ${what}`, async () => {
      expect(await outcome(run)).toBe(expected)
    })
  }

  it('lists to a signed-in user only their own assessments', async () => {
    const { docs } = await payload.find({ collection: 'assessments', limit: 100, ...as('researcher') })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => (typeof d.owner === 'object' ? d.owner?.id : d.owner) === users.researcher.id)).toBe(true)
    expect((await listAssessments(viewer('coordinator.nl'))).map((a) => a.id)).not.toContain(ids.coordinator)
  })

  it('opens through a link exactly the one assessment whose token it holds', async () => {
    const { docs } = await payload.find({ collection: 'assessments', limit: 100, ...byLink(link) })
    expect(docs.map((d) => d.id)).toEqual([ids.anonymous])
    expect(await findAssessment(anonymousViewer, { door: 'link', token: newLinkToken() })).toBeNull()
    // A signed-in user holding someone else's link sees only that assessment through it, nothing more.
    expect((await findAssessment(viewer('researcher'), link))?.id).toBe(ids.anonymous)
    expect(await findAssessment(viewer('researcher'), { door: 'account', id: ids.anonymous })).toBeNull()
  })

  it('never returns the stored token hash, and refuses to filter by it', async () => {
    const doc = await payload.findByID({ collection: 'assessments', id: ids.anonymous, ...as('admin') })
    expect(doc).not.toHaveProperty('tokenHash')
    expect(JSON.stringify(doc)).not.toContain(link.token)
    const probe = await outcome(() => payload.find({ collection: 'assessments', where: { tokenHash: { exists: true } }, ...as('admin') }))
    expect(probe).toBe('denied')
  })
})

describe('sharing among coordinators', () => {
  it('lets a coordinator share with the other coordinators of their own country, read only', async () => {
    expect(await setAssessmentSharing(viewer('coordinator.be'), ids.coordinator, 'BE')).toMatchObject({ ok: true })
    expect(await outcome(() => payload.findByID({ collection: 'assessments', id: ids.coordinator, ...as('coordinator.be2') }))).toBe('allowed')
    expect(await outcome(() => payload.findByID({ collection: 'assessments', id: ids.coordinator, ...as('coordinator.nl') }))).toBe('denied')
    expect(await outcome(() => payload.update({ collection: 'assessments', id: ids.coordinator, data: { name: 'x' }, ...as('coordinator.be2') }))).toBe('denied')
    expect((await listAssessments(viewer('coordinator.be2'))).find((a) => a.id === ids.coordinator)?.sharedWithMe).toBe(true)
  })

  it('refuses sharing with another country, and sharing by anyone but a coordinator', async () => {
    expect(await setAssessmentSharing(viewer('coordinator.be'), ids.coordinator, 'NL')).toEqual({ ok: false, problem: 'refused' })
    expect(await setAssessmentSharing(viewer('researcher'), ids.researcher, 'BE')).toEqual({ ok: false, problem: 'refused' })
    expect(await outcome(() => payload.update({ collection: 'assessments', id: ids.anonymous, data: { sharedCountry: 'BE' }, ...byLink(link) }))).toBe('denied')
  })
})

describe('what a write cannot forge', () => {
  it('sets the owner, the link hash and the previous assessment itself', async () => {
    const doc = await payload.create({
      collection: 'assessments',
      data: { sections: ['access'], answers: {}, owner: users.admin.id, previous: ids.coordinator, tokenHash: 'forged' } as never,
      ...as('researcher'),
    })
    const stored = await payload.findByID({ collection: 'assessments', id: doc.id, depth: 0, overrideAccess: true, showHiddenFields: true })
    expect(stored.owner).toBe(users.researcher.id)
    expect(stored.previous ?? null).toBeNull()
    expect(stored.tokenHash ?? null).toBeNull()
    await payload.update({ collection: 'assessments', id: doc.id, data: { owner: users.admin.id } as never, ...as('researcher') })
    expect((await payload.findByID({ collection: 'assessments', id: doc.id, depth: 0, overrideAccess: true })).owner).toBe(users.researcher.id)
  })

  it('keeps the link hash when an assessment is changed through its link', async () => {
    expect(await updateAssessment(anonymousViewer, link, ids.anonymous, input({ name: 'Changed', practice: clbchat }))).toEqual({ ok: true, ref: link })
    expect((await findAssessment(anonymousViewer, link))?.name).toBe('Changed')
  })
})

describe('validation of answers through every door', () => {
  const write = (answers: unknown, sections = ['access']) =>
    payload.create({ collection: 'assessments', data: { sections, answers } as never, ...as('researcher') }).then(
      () => 'saved',
      (error: Error & { data?: { errors?: { message: string }[] } }) => [error.message, ...(error.data?.errors ?? []).map((e) => e.message)].join(' '),
    )

  it('refuses an element the framework does not have, naming it', async () => {
    expect(await write({ 'access.teleportation': { state: 'achieved' } })).toContain('Unknown element "access.teleportation"')
  })

  it('refuses an evidence note over 2,000 characters', async () => {
    expect(await write({ 'access.anonymous': { state: 'achieved', note: 'x'.repeat(2001) } })).toContain('at most 2,000 characters')
    expect(await write({ 'access.anonymous': { state: 'achieved', note: 'x'.repeat(2000) } })).toBe('saved')
  })

  it('refuses answers to sections the assessment does not cover, and unknown states', async () => {
    expect(await write({ 'funding.crossSector': { state: 'achieved' } })).toContain('does not cover')
    expect(await write({ 'access.anonymous': { state: 'done' } })).not.toBe('saved')
  })

  it('refuses a practice that is not published', async () => {
    const result = await createAssessment(viewer('researcher'), input({ practice: 999_999 }), null)
    expect(result.ok).toBe(false)
  })
})

describe('the report of an assessment', () => {
  it('scores it, shows the inventory shares over the published records, and compares it with the one it copies', async () => {
    const first = await getAssessmentReport(anonymousViewer, link, '2026-01-01')
    // Other test files publish practices into the same database: count what is published now.
    const publishedWhere = { _status: { equals: 'published' } as const, synthetic: { not_equals: true } }
    const { totalDocs: published } = await payload.count({ collection: 'practices', where: publishedWhere })
    const { totalDocs: anonymousOnes } = await payload.count({ collection: 'practices', where: { ...publishedWhere, anonymous: { equals: true } } })
    expect(first?.inventorySize).toBe(published)
    const access = first!.results.sections[0]
    expect(access.section.key).toBe('access')
    // anonymous achieved (1) and multiChannel in progress (0.5), over the two assessed elements
    expect(access.score).toBe(0.75)
    expect(access.elements.find((e) => e.element.key === 'access.anonymous')?.prevalence).toEqual({ meeting: anonymousOnes, total: published })
    expect(access.elements.find((e) => e.element.key === 'access.anonymous')?.record).toBe(true)
    expect(access.elements.map((e) => e.element.key)).toEqual(['access.multiChannel', 'access.outsideHours', 'access.multilingual', 'access.anonymous'])

    const copy = await createAssessment(anonymousViewer, input({ practice: clbchat, answers: { 'access.anonymous': { state: 'achieved' }, 'access.multiChannel': { state: 'achieved' } } }), ids.anonymous)
    expect(copy.ok).toBe(true)
    const second = await getAssessmentReport(anonymousViewer, (copy as { ref: AssessmentRef }).ref, '2026-01-01')
    expect(second?.previous?.id).toBe(ids.anonymous)
    expect(second?.results.sections[0]).toMatchObject({ score: 1, previousScore: 0.75 })
    expect(second?.results.sections[0].elements.find((e) => e.element.key === 'access.multiChannel')?.previousState).toBe('inProgress')
    // The new link does not open the earlier assessment.
    expect(await findAssessment(anonymousViewer, { door: 'account', id: ids.anonymous })).toBeNull()
  })
})
