/** Pages and server actions under hostile input: 400/413 with a reason, and the anonymous save limit per client. */
import { describe, expect, inject, it } from 'vitest'

import { rateLimits } from '@/security/rate-limits'
import { recordBenchmarkSave, replaySave } from '../support/benchmark-save'
import { browserForThisFile } from '../support/browser'
import { newClientAddress } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

describe('addresses', () => {
  it.each([
    '/en/practices?q=%00',
    '/en/compare?practices=clbchat,a%00b',
    '/en/compare/export.csv?practices=clbchat,a%00b',
    '/en/countries/compare?countries=BE,N%00',
    '/%',
    '/en/practices/%',
    '/nl/practices?q=%C3',
  ])('answers %s with 400 and a sentence, not a server error', async (path) => {
    const response = await fetch(`${baseURL}${path}`)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toContain('text/plain')
    expect(await response.text()).toMatch(/^The web address contains (a NUL character|a malformed %-escape)/)
  })
})

describe('form posts', () => {
  it('refuses a 1.5 MB benchmark post with 413 instead of dropping the connection', async () => {
    const form = new FormData()
    form.set('note', 'x'.repeat(1.5 * 1024 * 1024))
    const response = await fetch(`${baseURL}/en/benchmark/new`, { method: 'POST', body: form })
    expect(response.status).toBe(413)
    expect(await response.text()).toContain('too large')
  })

  it('refuses a NUL character in a form field with 400', async () => {
    const form = new FormData()
    form.set('name', 'my\u0000assessment')
    const response = await fetch(`${baseURL}/en/benchmark/new`, { method: 'POST', body: form })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('field "name" contains a NUL character')
  })
})

describe('saves without an account', () => {
  it('are limited per client, and addresses a client adds to X-Forwarded-For do not reset the count', async () => {
    const client = newClientAddress()
    const save = await recordBenchmarkSave(browser(), baseURL, client)
    const results: string[] = []
    // The recorded save was the first of the window.
    for (let i = 1; i < rateLimits.anonymousBenchmarkSaves.limit; i++) results.push(await replaySave(baseURL, save, client))
    expect(results.every((r) => r === 'saved'), results.join(', ')).toBe(true)
    expect(await replaySave(baseURL, save, client)).toBe('rate-limited')
    // The app trusts one proxy hop: entries left of the proxy's own are whatever the client claimed.
    expect(await replaySave(baseURL, save, `${newClientAddress()}, ${client}`)).toBe('rate-limited')
    expect(await replaySave(baseURL, save, newClientAddress())).toBe('saved')
  })
})
