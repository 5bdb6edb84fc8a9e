/** The REST door (and the HTTP front every door shares) under hostile input: a 4xx with a reason, nothing written. */
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { MAX_REQUEST_JSON_DEPTH } from '@/security/body-guard'
import { rateLimits } from '@/security/rate-limits'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
let anonymous: ApiClient
let be: ApiClient
let clbchat: number

beforeAll(async () => {
  anonymous = ApiClient.anonymous(baseURL)
  be = await ApiClient.signedIn(baseURL, 'coordinator.be@example.org')
  clbchat = (await anonymous.rest('GET', '/api/practices?where[slug][equals]=clbchat&depth=0')).json.docs[0].id
})

/** No answer may show how the server is built. */
const leaksNothing = (text: string) => {
  for (const secret of ['Failed query', 'select ', 'params:', 'at async', 'node_modules', 'invalid input syntax']) expect(text).not.toContain(secret)
}

describe('addresses', () => {
  it.each([
    '/api/practices?where[title][equals]=%00',
    '/api/practices/%00',
    '/api/open-data/practices.csv?q=%00',
    '/api/open-data/practices.json?q=%00',
    '/api/practices?where[title][equals]=%E0%A4%A',
    '/api/practices/%',
  ])('answers 400 with a reason for %s', async (path) => {
    const { status, json, text } = await anonymous.rest('GET', path)
    expect(status).toBe(400)
    expect(json.errors[0].message).toMatch(/NUL character|malformed %-escape/)
    expect(json.errors[0].requestId).toMatch(/^[0-9a-f-]{36}$/)
    leaksNothing(text)
  })

  it('answers an id that is not a number with 400, not a database error', async () => {
    const { status, text } = await anonymous.rest('GET', '/api/practices/not-a-number')
    expect(status).toBe(400)
    expect(text).toContain('wrong form')
    leaksNothing(text)
  })
})

describe('bodies', () => {
  it('refuses a NUL character in a JSON body and writes nothing', async () => {
    const before = (await be.rest('GET', `/api/practices/${clbchat}?draft=true&depth=0`)).json.summary
    const { status, text } = await be.rest('PATCH', `/api/practices/${clbchat}?draft=true`, { summary: 'half\u0000written' })
    expect(status).toBe(400)
    expect(text).toContain('NUL character')
    expect((await be.rest('GET', `/api/practices/${clbchat}?draft=true&depth=0`)).json.summary).toBe(before)
  })

  it('refuses JSON nested deeper than the limit, naming the problem', async () => {
    const nested = `{"summary":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const { status, json } = await be.rest('PATCH', `/api/practices/${clbchat}?draft=true`, nested, { 'content-type': 'application/json' })
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain(`deeper than ${MAX_REQUEST_JSON_DEPTH} levels`)
  })

  it('refuses JSON that does not parse with 400', async () => {
    const { status, json } = await be.rest('PATCH', `/api/practices/${clbchat}?draft=true`, '{"summary": ', { 'content-type': 'application/json' })
    expect(status).toBe(400)
    expect(json.errors[0].message).toContain('not valid JSON')
  })

  it('refuses a body over the size limit with 413 before reading it', async () => {
    const { status, json } = await be.rest('PATCH', `/api/practices/${clbchat}?draft=true`, JSON.stringify({ summary: 'x'.repeat(5 * 1024 * 1024) }), { 'content-type': 'application/json' })
    expect(status).toBe(413)
    expect(json.errors[0].message).toMatch(/too large: 5\.0 MB, while an admin request may have at most 4\.0 MB/)
  })

  it('asks for a Content-Length when a body is streamed without one', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"summary":"streamed"}'))
        controller.close()
      },
    })
    const response = await fetch(`${baseURL}/api/practices`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit)
    expect(response.status).toBe(411)
  })
})

describe('open-data files', () => {
  it('are limited per client with 429 and Retry-After, and other clients go on', async () => {
    const greedy = ApiClient.anonymous(baseURL)
    const statuses: number[] = []
    for (let i = 0; i <= rateLimits.openData.limit; i++) statuses.push((await greedy.rest('GET', '/api/open-data/openapi.json')).status)
    expect(statuses.slice(0, rateLimits.openData.limit).every((s) => s === 200)).toBe(true)
    const refused = await greedy.rest('GET', '/api/open-data/practices.csv')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await ApiClient.anonymous(baseURL).rest('GET', '/api/open-data/openapi.json')).status).toBe(200)
  })
})
