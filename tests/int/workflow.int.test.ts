/**
 * The editorial workflow through its one function (src/workflow/transition-practice.ts): each step's
 * state, who may take it, what the public sees meanwhile, and that a refused step changes nothing.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { transitionPractice, type TransitionRequest } from '@/workflow/transition-practice'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let users: Record<'admin' | 'reviewer' | 'be' | 'nl', TestUser>

beforeAll(async () => {
  payload = await payloadForTests()
  const [admin, reviewer, be, nl] = await Promise.all(
    ['admin', 'reviewer', 'coordinator.be', 'coordinator.nl'].map((who) => demoUser(payload, `${who}@example.org`)),
  )
  users = { admin, reviewer, be, nl }
})
afterAll(async () => payload?.destroy())

const as = (user: TestUser | null) => ({ overrideAccess: false as const, user, depth: 0 })
const step = (who: TestUser, practiceId: number, transition: TransitionRequest['transition'], more: Partial<TransitionRequest> = {}) =>
  transitionPractice(payload, { practiceId, transition, ...more }, who)
/** The status a refused step answers with, and its message. */
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => ({ status: 200, message: '' }),
    (error: { status?: number; message: string }) => ({ status: error.status, message: error.message }),
  )

async function belgianDraft(slug: string, title = `Workflow ${slug}`): Promise<number> {
  const doc = await payload.create({ collection: 'practices', data: { title, slug, country: 'BE', originalLanguage: 'en' }, draft: true, ...as(users.be) })
  return doc.id
}
const latest = (id: number) => payload.findByID({ collection: 'practices', id, draft: true, ...as(users.admin) })
const stateOf = async (id: number) => (await latest(id)).workflowState
const publicTitle = async (id: number) =>
  (await payload.find({ collection: 'practices', where: { id: { equals: id } }, ...as(null) })).docs[0]?.title ?? null
const thread = (id: number) => payload.find({ collection: 'review-comments', where: { practice: { equals: id } }, sort: 'createdAt', ...as(users.admin) })

describe('a practice from draft to published', () => {
  let id: number
  beforeAll(async () => {
    id = await belgianDraft('workflow-journey')
  })

  it('starts as a draft', async () => {
    expect(await stateOf(id)).toBe('draft')
  })

  it('is submitted by its country’s coordinator, who is recorded with the time', async () => {
    const before = Date.now()
    const event = await step(users.be, id, 'submit')
    expect(event).toEqual({ transition: 'submit', practiceId: id, actorId: users.be.id })
    const doc = await latest(id)
    expect(doc.workflowState).toBe('submitted')
    expect(doc.submittedBy).toBe(users.be.id)
    expect(new Date(doc.submittedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
  })

  it('can be withdrawn and submitted again', async () => {
    await step(users.be, id, 'withdraw')
    expect(await stateOf(id)).toBe('draft')
    await step(users.be, id, 'submit')
    expect(await stateOf(id)).toBe('submitted')
  })

  it('refuses a request for changes without a comment (400) and changes nothing', async () => {
    expect(await refusal(step(users.reviewer, id, 'requestChanges', { comment: '   ' }))).toEqual({
      status: 400,
      message: 'Requesting changes needs a comment that says what to change.',
    })
    expect(await stateOf(id)).toBe('submitted')
    expect((await thread(id)).docs).toEqual([])
  })

  it('writes neither the state nor the comment when the comment cannot be stored', async () => {
    const outcome = await refusal(step(users.reviewer, id, 'requestChanges', { comment: 'Say more.', field: 'noSuchField' }))
    expect(outcome.status).toBe(400)
    expect(outcome.message).toContain('field')
    expect(await stateOf(id)).toBe('submitted')
    expect((await thread(id)).docs).toEqual([])
  })

  it('goes back to the coordinator with the reviewer’s comment in its thread', async () => {
    const event = await step(users.reviewer, id, 'requestChanges', { comment: 'Name the target group in the summary.', field: 'summary' })
    expect(event).toEqual({ transition: 'requestChanges', practiceId: id, actorId: users.reviewer.id, comment: 'Name the target group in the summary.' })
    expect(await stateOf(id)).toBe('changesRequested')
    const [comment] = (await thread(id)).docs
    expect(comment).toMatchObject({ body: 'Name the target group in the summary.', field: 'summary', author: users.reviewer.id, resolved: false })
  })

  it('answers 409 to a step the current state does not allow', async () => {
    expect(await refusal(step(users.reviewer, id, 'publish'))).toEqual({
      status: 409,
      message: 'The step “Publish” is not possible while the practice is “Changes requested”.',
    })
    expect(await refusal(step(users.be, id, 'withdraw'))).toMatchObject({ status: 409 })
  })

  it('is published by a reviewer after the coordinator fixed and resubmitted it, and the public sees it', async () => {
    await payload.update({ collection: 'practices', id, data: { summary: 'For pupils aged 12 to 18.' }, draft: true, ...as(users.be) })
    expect(await stateOf(id)).toBe('changesRequested')
    await step(users.be, id, 'submit')
    expect(await publicTitle(id)).toBeNull()
    await step(users.reviewer, id, 'publish')
    const doc = await latest(id)
    expect([doc.workflowState, doc._status, doc.summary]).toEqual(['published', 'published', 'For pupils aged 12 to 18.'])
    expect(await publicTitle(id)).toBe('Workflow workflow-journey')
  })

  it('keeps the published version public while a new draft of it waits, until that draft is published', async () => {
    await payload.update({ collection: 'practices', id, data: { title: 'Workflow journey, second edition' }, draft: true, ...as(users.be) })
    expect(await stateOf(id)).toBe('draft')
    expect(await publicTitle(id)).toBe('Workflow workflow-journey')
    await step(users.be, id, 'submit')
    expect(await publicTitle(id)).toBe('Workflow workflow-journey')
    await step(users.reviewer, id, 'publish')
    expect(await publicTitle(id)).toBe('Workflow journey, second edition')
  })

  it('leaves the public site when archived, and comes back when published again', async () => {
    await step(users.reviewer, id, 'archive')
    expect(await stateOf(id)).toBe('archived')
    expect(await publicTitle(id)).toBeNull()
    await step(users.admin, id, 'publish')
    expect(await publicTitle(id)).toBe('Workflow journey, second edition')
  })
})

it('publishes once when two reviewers publish at the same moment; the other hears 409', async () => {
  const id = await belgianDraft('workflow-race')
  await step(users.be, id, 'submit')
  const outcomes = await Promise.all([refusal(step(users.reviewer, id, 'publish')), refusal(step(users.admin, id, 'publish'))])
  expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409])
  const versions = await payload.findVersions({ collection: 'practices', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] }, depth: 0 })
  expect(versions.totalDocs).toBe(1)
})

describe('who may take which step', () => {
  let id: number
  beforeAll(async () => {
    id = await belgianDraft('workflow-permissions')
    await step(users.be, id, 'submit')
  })

  it.each([
    ['publish', 'Your account may not take the step “Publish”.'],
    ['requestChanges', 'Your account may not take the step “Request changes”.'],
    ['archive', 'Your account may not take the step “Archive”.'],
  ] as const)('refuses a coordinator the step %s (403) and leaves the state as it was', async (transition, message) => {
    expect(await refusal(step(users.be, id, transition, { comment: 'Looks good to me.' }))).toEqual({ status: 403, message })
    expect(await stateOf(id)).toBe('submitted')
  })

  it('refuses a reviewer the coordinator’s steps', async () => {
    expect(await refusal(step(users.reviewer, id, 'withdraw'))).toMatchObject({ status: 403 })
  })

  it('does not show a Belgian draft to the Dutch coordinator (404)', async () => {
    expect(await refusal(step(users.nl, id, 'withdraw'))).toEqual({ status: 404, message: `There is no practice ${id} that you may see.` })
  })

  it('tells the Dutch coordinator that a published Belgian practice is not theirs to submit (403)', async () => {
    const antwerp = (await payload.find({ collection: 'practices', where: { slug: { equals: 'antwerp-radicalisation-flow' } }, ...as(users.admin) })).docs[0]
    expect(await refusal(step(users.nl, antwerp.id, 'submit'))).toEqual({
      status: 403,
      message: 'Your account may not take the step “Submit for review” for practices of Belgium.',
    })
  })

  it('lets no client write the workflow fields, through create or update', async () => {
    const created = await payload.create({
      collection: 'practices',
      data: { title: 'Self-published', slug: 'workflow-self-published', country: 'BE', originalLanguage: 'en', workflowState: 'published', submittedBy: users.admin.id },
      draft: true,
      ...as(users.be),
    })
    expect([created.workflowState, created.submittedBy ?? null]).toEqual(['draft', null])
    await payload.update({ collection: 'practices', id, data: { workflowState: 'published', submittedBy: users.admin.id }, draft: true, ...as(users.be) })
    expect(await latest(id)).toMatchObject({ workflowState: 'submitted', submittedBy: users.be.id })
  })
})

describe('review comments', () => {
  let id: number
  let commentId: number
  beforeAll(async () => {
    id = await belgianDraft('workflow-comments')
    await step(users.be, id, 'submit')
    await step(users.reviewer, id, 'requestChanges', { comment: 'Add a source for the figures.' })
    commentId = (await thread(id)).docs[0].id
  })

  it('are marked resolved by the coordinator, recorded with who and when; the text stays as written', async () => {
    const resolved = await payload.update({ collection: 'review-comments', id: commentId, data: { resolved: true, body: 'Nothing to do.' }, ...as(users.be) })
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: users.be.id, body: 'Add a source for the figures.' })
    expect(resolved.resolvedAt).toBeTruthy()
  })

  it('name their author from the session, not from the data sent', async () => {
    const reply = await payload.create({ collection: 'review-comments', data: { practice: id, body: 'Source added.', author: users.reviewer.id }, ...as(users.be) })
    expect(reply.author).toBe(users.be.id)
  })

  it('are refused on another country’s practice', async () => {
    expect(await refusal(payload.create({ collection: 'review-comments', data: { practice: id, body: 'From the Netherlands.' }, ...as(users.nl) }))).toMatchObject({ status: 403 })
  })

  it('go with their practice when it is deleted', async () => {
    await payload.delete({ collection: 'practices', id, ...as(users.admin) })
    expect((await thread(id)).docs).toEqual([])
  })
})
