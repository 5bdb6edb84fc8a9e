/**
 * The editorial workflow and its review comments through the doors a browser or a script uses: the
 * transition endpoint, REST and GraphQL on the running app. Who may take which step, who reads which
 * comments, and what a refused or broken request answers.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
let anonymous: ApiClient
let be: ApiClient
let nl: ApiClient
let reviewer: ApiClient
let ids: { practice: number; comment: number }

const transition = (client: ApiClient, id: number, body: unknown, headers: Record<string, string> = {}) =>
  client.rest('POST', `/api/practices/${id}/transition`, body, headers)
const stateOf = async (id: number) => (await reviewer.rest('GET', `/api/practices/${id}?draft=true&depth=0`)).json.workflowState as string
const firstMessage = (json: { errors?: { message: string }[] } | null) => json?.errors?.[0]?.message

beforeAll(async () => {
  anonymous = ApiClient.anonymous(baseURL)
  be = await ApiClient.signedIn(baseURL, 'coordinator.be@example.org')
  nl = await ApiClient.signedIn(baseURL, 'coordinator.nl@example.org')
  reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
  const created = await be.rest('POST', '/api/practices?draft=true', { title: 'HTTP workflow', slug: 'http-workflow', country: 'BE', originalLanguage: 'en' })
  expect(created.status).toBe(201)
  const id = created.json.doc.id as number
  expect((await transition(be, id, { transition: 'submit' })).json).toMatchObject({ workflowState: 'submitted' })
  expect((await transition(reviewer, id, { transition: 'requestChanges', comment: 'Belgian comment: name your sources.' })).status).toBe(200)
  expect((await transition(be, id, { transition: 'submit', comment: 'Sources named.' })).status).toBe(200)
  const thread = await reviewer.rest('GET', `/api/review-comments?where[practice][equals]=${id}&sort=createdAt&depth=0`)
  ids = { practice: id, comment: thread.json.docs[0].id }
})

describe('the transition endpoint', () => {
  it('answers a reviewer’s request for changes without a comment with 400, in the user’s language', async () => {
    const english = await transition(reviewer, ids.practice, { transition: 'requestChanges' })
    expect([english.status, firstMessage(english.json)]).toEqual([400, 'Requesting changes needs a comment that says what to change.'])
    const dutch = await transition(reviewer, ids.practice, { transition: 'requestChanges', comment: '' }, { 'accept-language': 'nl' })
    expect([dutch.status, firstMessage(dutch.json)]).toEqual([400, 'Wie wijzigingen vraagt, schrijft een opmerking die zegt wat er moet veranderen.'])
    expect(await stateOf(ids.practice)).toBe('submitted')
  })

  it.each([
    ['publish', { transition: 'publish' }],
    ['request changes', { transition: 'requestChanges', comment: 'Approved by myself.' }],
  ])('refuses a coordinator who tries to %s (403) and leaves the state as it was', async (_, body) => {
    const { status, json } = await transition(be, ids.practice, body)
    expect(status).toBe(403)
    expect(firstMessage(json)).toMatch(/^Your account may not take the step/)
    expect(await stateOf(ids.practice)).toBe('submitted')
  })

  it.each([
    ['no body', undefined, 'is not valid JSON'],
    ['an unknown step', { transition: 'approve' }, 'Send a JSON object with "transition"'],
    ['an unknown property', { transition: 'publish', force: true }, 'Send a JSON object with "transition"'],
    ['a comment that is not text', { transition: 'requestChanges', comment: 42 }, 'Send a JSON object with "transition"'],
    ['a comment too long', { transition: 'requestChanges', comment: 'x'.repeat(5001) }, 'at most 5,000 characters'],
  ])('answers %s with 400 and says what is expected', async (_, body, message) => {
    const { status, json } = await transition(reviewer, ids.practice, body)
    expect(status).toBe(400)
    expect(firstMessage(json)).toContain(message)
  })

  it('answers 409 to a step the state does not allow, 404 to a practice one may not see, 401 without an account', async () => {
    const wrongState = await transition(be, ids.practice, { transition: 'submit' })
    expect([wrongState.status, firstMessage(wrongState.json)]).toEqual([409, 'The step “Submit for review” is not possible while the practice is “Submitted for review”.'])
    expect((await transition(nl, ids.practice, { transition: 'withdraw' })).status).toBe(404)
    expect((await transition(reviewer, 999999, { transition: 'publish' })).status).toBe(404)
    expect((await transition(anonymous, ids.practice, { transition: 'withdraw' })).status).toBe(401)
  })
})

describe('REST', () => {
  it('ignores the workflow state a coordinator sends, and refuses a coordinator’s publication', async () => {
    const patched = await be.rest('PATCH', `/api/practices/${ids.practice}?draft=true`, { workflowState: 'published', submittedBy: 1 })
    expect(patched.status).toBe(200)
    expect(await stateOf(ids.practice)).toBe('submitted')
    const published = await be.rest('PATCH', `/api/practices/${ids.practice}`, { _status: 'published' })
    expect(published.status).toBe(403)
    expect((await anonymous.rest('GET', `/api/practices/${ids.practice}`)).status).not.toBe(200)
  })

  it('shows the Belgian comments to the Belgian coordinator and the reviewer only', async () => {
    const own = await be.rest('GET', `/api/review-comments/${ids.comment}?depth=0`)
    expect([own.status, own.json.body]).toEqual([200, 'Belgian comment: name your sources.'])
    const list = await nl.rest('GET', '/api/review-comments?limit=100&depth=0')
    expect(list.status).toBe(200)
    expect(list.text).not.toContain('Belgian comment')
    expect([403, 404]).toContain((await nl.rest('GET', `/api/review-comments/${ids.comment}`)).status)
    const probe = await nl.rest('GET', `/api/review-comments?where[body][like]=Belgian&depth=0`)
    expect(probe.json?.docs ?? []).toEqual([])
  })

  it('shows anonymous callers no comment at all', async () => {
    const list = await anonymous.rest('GET', '/api/review-comments')
    expect([401, 403]).toContain(list.status)
    expect(list.text).not.toContain('Belgian comment')
    expect([401, 403, 404]).toContain((await anonymous.rest('GET', `/api/review-comments/${ids.comment}`)).status)
  })

  it('refuses the Dutch coordinator a comment on a Belgian practice', async () => {
    const { status } = await nl.rest('POST', '/api/review-comments', { practice: ids.practice, body: 'From the Netherlands' })
    expect(status).toBe(403)
  })

  it('keeps comments out of the open-data files', async () => {
    const json = await anonymous.rest('GET', '/api/open-data/practices.json')
    expect(json.status).toBe(200)
    expect(json.text).not.toContain('Belgian comment')
    expect(json.text).not.toContain('workflowState')
  })
})

describe('GraphQL', () => {
  it('shows the Dutch coordinator no Belgian comment', async () => {
    const { data, text } = await nl.graphql('{ ReviewComments(limit: 100) { docs { body practice { id } } } }')
    expect(data?.ReviewComments?.docs ?? []).not.toContainEqual(expect.objectContaining({ body: expect.stringContaining('Belgian') }))
    expect(text).not.toContain('Belgian comment')
  })

  it('shows anonymous callers no comment', async () => {
    const { data, errors, text } = await anonymous.graphql('{ ReviewComments { docs { body } } }')
    expect(data?.ReviewComments ?? null).toBeNull()
    expect(errors?.length).toBeGreaterThan(0)
    expect(text).not.toContain('Belgian comment')
  })

  it('lets the Belgian coordinator read the thread of their practice', async () => {
    const { data } = await be.graphql(`{ ReviewComments(where: { practice: { equals: ${ids.practice} } }) { docs { body } } }`)
    expect(data.ReviewComments.docs.map((c: { body: string }) => c.body)).toContain('Belgian comment: name your sources.')
  })

  it('lets a coordinator neither publish nor set the workflow state through a mutation', async () => {
    const publish = await be.graphql(`mutation { updatePractice(id: ${ids.practice}, data: { _status: published }) { id } }`)
    expect(publish.errors?.length).toBeGreaterThan(0)
    await be.graphql(`mutation { updatePractice(id: ${ids.practice}, draft: true, data: { workflowState: published }) { id } }`)
    expect(await stateOf(ids.practice)).toBe('submitted')
  })
})
