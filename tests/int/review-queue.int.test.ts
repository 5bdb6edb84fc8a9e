/** The reviewer's queue and the coordinator's list, read through the Local API for each user. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { countryPractices, REVIEW_PAGE_SIZE, submittedPractices } from '@/data/review-queue'
import { transitionPractice } from '@/workflow/transition-practice'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let reviewer: TestUser
let coordinatorBe: TestUser
let coordinatorNl: TestUser
let ids: { submitted: number; belgianDraft: number; dutchDraft: number }
const slugs = ['queue-submitted-probe', 'queue-belgian-draft', 'queue-dutch-draft']

beforeAll(async () => {
  payload = await payloadForTests()
  reviewer = await demoUser(payload, 'reviewer@example.org')
  coordinatorBe = await demoUser(payload, 'coordinator.be@example.org')
  coordinatorNl = await demoUser(payload, 'coordinator.nl@example.org')
  const as = (user: TestUser) => ({ user, overrideAccess: false }) as const
  const published = await payload.create({
    collection: 'practices',
    data: { title: 'Queue probe', slug: slugs[0], country: 'BE', originalLanguage: 'nl', channels: ['chat'], policyStage: 'developing', _status: 'published' },
    ...as(reviewer),
  })
  // The Belgian coordinator changes two fields and submits the draft.
  await payload.update({ collection: 'practices', id: published.id, data: { channels: ['chat', 'phone'], policyStage: 'systematising' }, draft: true, ...as(coordinatorBe) })
  await transitionPractice(payload, { practiceId: published.id, transition: 'submit' }, coordinatorBe)
  const belgianDraft = await payload.create({ collection: 'practices', data: { title: 'Queue Belgian draft', slug: slugs[1], country: 'BE', originalLanguage: 'nl' }, draft: true, ...as(coordinatorBe) })
  const dutchDraft = await payload.create({ collection: 'practices', data: { title: 'Queue Dutch draft', slug: slugs[2], country: 'NL', originalLanguage: 'nl' }, draft: true, ...as(coordinatorNl) })
  await payload.create({ collection: 'review-comments', data: { practice: dutchDraft.id, body: 'Please name the operator.' }, ...as(reviewer) })
  await payload.create({ collection: 'review-comments', data: { practice: dutchDraft.id, body: 'Already fixed.', resolved: true }, ...as(reviewer) })
  ids = { submitted: published.id, belgianDraft: belgianDraft.id, dutchDraft: dutchDraft.id }
})
afterAll(async () => {
  await payload?.delete({ collection: 'review-comments', where: { practice: { equals: ids?.dutchDraft } }, overrideAccess: true })
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
    const dutch = (await countryPractices(payload, { user: coordinatorNl }, 1, 'en'))!
    expect(dutch.rows.find((r) => r.id === ids.dutchDraft)).toMatchObject({ state: 'draft', openComments: 1 })
    const belgian = (await countryPractices(payload, { user: coordinatorBe }, 1, 'en'))!
    expect(belgian.rows.find((r) => r.id === ids.submitted)).toMatchObject({ state: 'submitted', openComments: 0 })
    expect(belgian.rows.map((r) => r.id)).toContain(ids.belgianDraft)
  })

  it('is for coordinators only', async () => {
    expect(await countryPractices(payload, { user: reviewer }, 1, 'en')).toBeNull()
  })
})
