/**
 * The metrics vocabulary through REST, GraphQL and the admin: a coordinator proposes but cannot approve,
 * anonymous callers read approved metrics only, a reviewer approves; an indicator's source is a select
 * offering exactly the practice's own sources.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { ApiClient } from '../support/http'
import { demoPassword } from '../support/payload'

const baseURL = inject('baseURL')
let anonymous: ApiClient
let be: ApiClient
let reviewer: ApiClient

const proposal = { id: 'httpOccupationalProfiles', label: 'Occupational profiles', unit: 'count', kind: 'count' }
const anonymousKeys = async () => (await anonymous.rest('GET', '/api/metrics?limit=100&depth=0')).json.docs.map((m: { id: string }) => m.id)
const graphqlKeys = async (client: ApiClient) =>
  ((await client.graphql('{ Metrics(limit: 100) { docs { id status } } }')).data.Metrics.docs as { id: string }[]).map((m) => m.id)

beforeAll(async () => {
  anonymous = ApiClient.anonymous(baseURL)
  be = await ApiClient.signedIn(baseURL, 'coordinator.be@example.org')
  reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
})

describe('the metrics vocabulary over REST and GraphQL', () => {
  it('takes a coordinator’s proposal as proposed, and refuses their approval with the reason', async () => {
    const created = await be.rest('POST', '/api/metrics', proposal)
    expect(created.status).toBe(201)
    expect(created.json.doc.status).toBe('proposed')
    const approving = await be.rest('PATCH', `/api/metrics/${proposal.id}`, { status: 'approved' })
    expect(approving.status).toBe(403)
    expect(approving.json.errors[0].message).toBe('Only a reviewer can approve a metric; save it as proposed.')
    const viaGraphql = await be.graphql(`mutation { updateMetric(id: "${proposal.id}", data: { status: approved }) { status } }`)
    expect(viaGraphql.errors?.[0]?.message).toBe('Only a reviewer can approve a metric; save it as proposed.')
  })

  it('shows anonymous callers approved metrics only, by either door', async () => {
    expect(await anonymousKeys()).toEqual(expect.arrayContaining(['chats', 'contacts']))
    expect(await anonymousKeys()).not.toContain(proposal.id)
    expect(await graphqlKeys(anonymous)).toContain('chats')
    expect(await graphqlKeys(anonymous)).not.toContain(proposal.id)
    expect(await graphqlKeys(be)).toContain(proposal.id)
    expect((await anonymous.rest('POST', '/api/metrics', { ...proposal, id: 'anonymousProposal' })).status).toBe(403)
  })

  it('lets a reviewer approve the proposal, which the public then reads', async () => {
    const approved = await reviewer.rest('PATCH', `/api/metrics/${proposal.id}`, { status: 'approved' })
    expect(approved.status).toBe(200)
    expect(await anonymousKeys()).toContain(proposal.id)
  })
})

describe('an indicator’s source in the admin', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
  })
  afterAll(async () => browser?.close())

  it('offers exactly the sources of the practice, by key and title', async () => {
    const sourcesOf = async (slug: string) => {
      const { json } = await anonymous.rest('GET', `/api/practices?where[slug][equals]=${slug}&depth=0`)
      return json.docs[0] as { id: number; sources: { key: string; title: string }[] }
    }
    const clbchat = await sourcesOf('clbchat')
    const helpdesk = await sourcesOf('school-safety-helpdesk')
    await page.goto(`${baseURL}/admin/login`)
    await page.locator('#field-email').fill('reviewer@example.org')
    await page.locator('#field-password').fill(demoPassword())
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
    await page.goto(`${baseURL}/admin/collections/practices/${clbchat.id}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Key results or outcomes' }).click()
    const source = page.locator('#field-indicators__0__source')
    await source.waitFor({ timeout: 30_000 })
    await source.locator('.rs__control').click()
    const offered = await page.locator('.rs__menu .rs__option').allInnerTexts()
    expect(offered).toEqual(clbchat.sources.map((s) => `${s.key}: ${s.title}`))
    expect(offered.join()).not.toContain(helpdesk.sources[0]!.key)
  })
})
