/** The reviewer's queue and the coordinator's list, read through the Local API for each user. */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { countryPractices, REVIEW_PAGE_SIZE, submittedPractices } from '@/data/review-queue'
import { transitionPractice } from '@/workflow/transition-practice'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let reviewer: TestUser
let coordinatorBe: TestUser
let coordinatorNl: TestUser
let ids: { submitted: number; belgianDraft: number; dutchDraft: number }
const slugs = ['queue-submitted-probe', 'queue-belgian-draft', 'queue-dutch-draft', 'queue-more-1', 'queue-more-2', 'queue-more-3', 'queue-another-belgian-draft']
const as = (user: TestUser) => ({ user, overrideAccess: false }) as const

/** A published practice whose draft the Belgian coordinator changed and submitted: a row of the reviewer's queue. */
async function submittedProbe(title: string, slug: string): Promise<number> {
  const data = { title, slug, country: 'BE', originalLanguage: 'nl' as const, channels: ['chat' as const], policyStage: 'developing' as const }
  const { id } = await payload.create({ collection: 'practices', data: { ...data, _status: 'published' }, ...as(reviewer) })
  await payload.update({ collection: 'practices', id, data: { channels: ['chat', 'phone'], policyStage: 'systematising' }, draft: true, ...as(coordinatorBe) })
  await transitionPractice(payload, { practiceId: id, transition: 'submit' }, coordinatorBe)
  return id
}

/** What `read` answers, and how many SQL statements it sent to PostgreSQL. */
async function statementsOf<T>(read: () => Promise<T>): Promise<{ value: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, 'query')
  try {
    const value = await read()
    return { value, statements: spy.mock.calls.length }
  } finally {
    spy.mockRestore()
  }
}

beforeAll(async () => {
  payload = await payloadForTests()
  reviewer = await demoUser(payload, 'reviewer@example.org')
  coordinatorBe = await demoUser(payload, 'coordinator.be@example.org')
  coordinatorNl = await demoUser(payload, 'coordinator.nl@example.org')
  // The Belgian coordinator changes two fields and submits the draft.
  const submitted = await submittedProbe('Queue probe', slugs[0])
  const belgianDraft = await payload.create({ collection: 'practices', data: { title: 'Queue Belgian draft', slug: slugs[1], country: 'BE', originalLanguage: 'nl' }, draft: true, ...as(coordinatorBe) })
  const dutchDraft = await payload.create({ collection: 'practices', data: { title: 'Queue Dutch draft', slug: slugs[2], country: 'NL', originalLanguage: 'nl' }, draft: true, ...as(coordinatorNl) })
  await payload.create({ collection: 'review-comments', data: { practice: dutchDraft.id, body: 'Please name the operator.' }, ...as(reviewer) })
  await payload.create({ collection: 'review-comments', data: { practice: dutchDraft.id, body: 'Already fixed.', resolved: true }, ...as(reviewer) })
  ids = { submitted, belgianDraft: belgianDraft.id, dutchDraft: dutchDraft.id }
})
afterAll(async () => {
  await payload?.delete({ collection: 'review-comments', where: { 'practice.slug': { in: slugs } }, overrideAccess: true })
  await payload?.delete({ collection: 'practices', where: { slug: { in: slugs } }, user: reviewer, overrideAccess: false })
  await payload?.destroy()
})

describe('the reviewer’s queue', () => {
  it('lists the submitted practice with its country, submitter, submission time and number of changed fields', async () => {
    const queue = await submittedPractices(payload, { user: reviewer }, 1, 'en')
    expect(queue!.rows.filter((r) => r.id === ids.submitted)).toHaveLength(1)
    const row = queue!.rows.find((r) => r.id === ids.submitted)
    expect(row).toMatchObject({ title: 'Queue probe', country: 'Belgium', changedFields: 2 })
    expect(row!.submitter).toBe(coordinatorBe.name || coordinatorBe.email)
    expect(Date.now() - new Date(row!.submittedAt!).getTime()).toBeLessThan(5 * 60_000)
  })

  it('leaves out drafts that were not submitted, and holds one page at most', async () => {
    const queue = await submittedPractices(payload, { user: reviewer }, 1, 'en')
    expect(queue!.rows.map((r) => r.id)).not.toContain(ids.belgianDraft)
    expect(queue!.rows.length).toBeLessThanOrEqual(REVIEW_PAGE_SIZE)
  })

  it('reads a page in the same few statements whether it holds one practice or three more', async () => {
    const before = await statementsOf(() => submittedPractices(payload, { user: reviewer }, 1, 'en'))
    for (const [i, slug] of slugs.slice(3, 6).entries()) await submittedProbe(`Queue more ${i + 1}`, slug)
    const after = await statementsOf(() => submittedPractices(payload, { user: reviewer }, 1, 'en'))
    expect(after.value!.rows.length).toBe(Math.min(before.value!.rows.length + 3, REVIEW_PAGE_SIZE))
    expect(after.value!.rows.find((r) => r.title === 'Queue more 3')).toMatchObject({ changedFields: 2 })
    expect(after.statements).toBe(before.statements)
  })

  it('is for reviewers and admins only', async () => {
    expect(await submittedPractices(payload, { user: coordinatorBe }, 1, 'en')).toBeNull()
    expect(await submittedPractices(payload, { user: await demoUser(payload, 'researcher@example.org') }, 1, 'en')).toBeNull()
    expect(await submittedPractices(payload, { user: null }, 1, 'en')).toBeNull()
  })
})

describe('a coordinator’s practices', () => {
  it('never shows the Dutch coordinator a Belgian practice, published or not', async () => {
    const list = (await countryPractices(payload, { user: coordinatorNl }, 1, 'en'))!
    expect(list.rows.map((r) => r.id)).toContain(ids.dutchDraft)
    expect(list.rows.map((r) => r.id)).not.toContain(ids.submitted)
    expect(list.rows.map((r) => r.id)).not.toContain(ids.belgianDraft)
    expect(new Set(list.rows.map((r) => r.country))).toEqual(new Set(['Netherlands']))
  })

  it('shows each practice’s state and counts only its open review comments', async () => {
    // Every page of the list: other test files add practices of the same countries to this database.
    const allRows = async (user: TestUser) => {
      const first = (await countryPractices(payload, { user }, 1, 'en'))!
      const rest = await Promise.all(Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => countryPractices(payload, { user }, i + 2, 'en')))
      return [first, ...rest].flatMap((page) => page!.rows)
    }
    const dutch = await allRows(coordinatorNl)
    expect(dutch.find((r) => r.id === ids.dutchDraft)).toMatchObject({ state: 'draft', openComments: 1 })
    const belgian = await allRows(coordinatorBe)
    expect(belgian.find((r) => r.id === ids.submitted)).toMatchObject({ state: 'submitted', openComments: 0 })
    expect(belgian.map((r) => r.id)).toContain(ids.belgianDraft)
  })

  it('counts the open comments of a whole page in one statement, not one per practice', async () => {
    const comment = (practice: number) => payload.create({ collection: 'review-comments', data: { practice, body: 'Add a source.' }, ...as(reviewer) })
    await comment(ids.belgianDraft)
    const before = await statementsOf(() => countryPractices(payload, { user: coordinatorBe }, 1, 'en'))
    const another = await payload.create({ collection: 'practices', data: { title: 'Queue another Belgian draft', slug: slugs[6], country: 'BE', originalLanguage: 'nl' }, draft: true, ...as(coordinatorBe) })
    await comment(another.id)
    const after = await statementsOf(() => countryPractices(payload, { user: coordinatorBe }, 1, 'en'))
    expect(after.value!.rows.length).toBe(Math.min(before.value!.rows.length + 1, REVIEW_PAGE_SIZE))
    expect(after.statements).toBe(before.statements)
    expect(after.value!.rows.find((r) => r.id === ids.belgianDraft)).toMatchObject({ openComments: 1 })
  })

  it('is for coordinators only', async () => {
    expect(await countryPractices(payload, { user: reviewer }, 1, 'en')).toBeNull()
  })
})
