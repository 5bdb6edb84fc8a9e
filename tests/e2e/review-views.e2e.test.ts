/**
 * The review views in the admin, for the right roles: the reviewer's queue with the difference and a step taken
 * from it, and the Belgian coordinator's list; WCAG 2.1 A/AA in what we own (our views and nav links).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { fieldByKey } from '@/framework'
import { wcagViolations } from '../support/axe'
import { launchChromium } from '../support/browser'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
const ours = ['.custom-view', '.review-nav-link']
const title = 'Review queue e2e probe'
let browser: Browser
let practiceId: number

/**
 * A page of the admin signed in as a demo account (the session cookie the login sets), for the tests of the
 * `describe` block that calls this.
 */
function adminPageBeforeAll(email: string): () => Page {
  let page: Page | undefined
  beforeAll(async () => {
    const { token } = await ApiClient.signedIn(baseURL, email)
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token!, url: baseURL }])
    page = await context.newPage()
  })
  return () => page!
}

async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(`${baseURL}${path}`)
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 30_000 })
}

beforeAll(async () => {
  const coordinator = await ApiClient.signedIn(baseURL, 'coordinator.be@example.org')
  practiceId = await coordinator.createDraft({ title, slug: 'review-queue-e2e-probe', country: 'BE', originalLanguage: 'nl', channels: ['chat', 'phone'] })
  const submitted = await coordinator.rest('POST', `/api/practices/${practiceId}/transition`, { transition: 'submit' })
  expect(submitted.status, submitted.text).toBe(200)
  browser = await launchChromium()
})
afterAll(async () => {
  await (await ApiClient.signedIn(baseURL, 'reviewer@example.org')).rest('DELETE', `/api/practices/${practiceId}`)
  await browser?.close()
})

describe('the reviewer', () => {
  const page = adminPageBeforeAll('reviewer@example.org')
  let changes: string

  it('finds the submitted practice in “To review” with its country and changes, and only the reviewer’s nav link', async () => {
    await open(page(), '/admin/review', 'To review')
    const row = page().getByRole('row', { name: new RegExp(title) })
    expect(await row.count()).toBe(1)
    expect(await row.getByRole('cell', { name: 'Belgium', exact: true }).count()).toBe(1)
    expect(await row.getByRole('cell', { name: 'Coordinator Belgium (demo)', exact: true }).count()).toBe(1)
    changes = (await row.getByRole('link', { name: /changes?$/ }).textContent())!
    expect(changes).toMatch(/^[1-9]\d* changes?$/)
    expect(await row.getByRole('button', { name: 'Publish' }).count()).toBe(1)
    expect(await page().getByRole('link', { name: 'To review' }).count()).toBe(1)
    expect(await page().getByRole('link', { name: 'My country’s practices' }).count()).toBe(0)
    expect(await wcagViolations(page(), { within: ours })).toEqual([])
  })

  it('opens the difference: a table per section with the added options, and the same number of changes', async () => {
    await page().getByRole('row', { name: new RegExp(title) }).getByRole('link', { name: changes }).click()
    await page().getByRole('heading', { level: 1, name: `Changes to review: ${title}` }).waitFor({ timeout: 30_000 })
    expect(await page().getByText('This practice has not been published yet').count()).toBe(1)
    expect(await page().getByText(`${changes.split(' ')[0]} changed element`).count()).toBe(1)
    const channels = page().getByRole('row', { name: new RegExp(fieldByKey('channels').label.en) })
    expect(await channels.getByRole('cell', { name: 'Added: Chat; Telephone' }).count()).toBe(1)
    expect(await page().getByRole('columnheader', { name: 'Published version' }).count()).toBeGreaterThan(0)
    expect(await wcagViolations(page(), { within: ours })).toEqual([])
  })

  it('requests changes from the queue with a comment, through the workflow’s confirmation and endpoint', async () => {
    await open(page(), '/admin/review', 'To review')
    await page().getByRole('row', { name: new RegExp(title) }).getByRole('button', { name: 'Request changes' }).click()
    const dialog = page().getByRole('dialog', { name: 'Request changes' })
    await dialog.getByLabel('What should be changed? (required)').fill('Please add the opening hours.')
    expect(await wcagViolations(page(), { within: ours })).toEqual([])
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    // The page reloads; the practice is no longer waiting for review.
    await page().getByRole('row', { name: new RegExp(title) }).waitFor({ state: 'detached', timeout: 30_000 })
  })
})

describe('the Belgian coordinator', () => {
  const page = adminPageBeforeAll('coordinator.be@example.org')

  it('sees the practice in “My country’s practices” with its state and the open comment, and only the coordinator’s nav link', async () => {
    await open(page(), '/admin/my-practices', 'My country’s practices')
    const row = page().getByRole('row', { name: new RegExp(title) })
    expect(await row.getByRole('cell', { name: 'Changes requested', exact: true }).count()).toBe(1)
    expect(await row.getByRole('cell', { name: '1', exact: true }).count()).toBe(1)
    expect(await page().getByRole('cell', { name: 'Netherlands', exact: true }).count()).toBe(0)
    expect(await page().getByRole('link', { name: 'To review' }).count()).toBe(0)
    expect(await wcagViolations(page(), { within: ours })).toEqual([])
  })

  it('reads the list on a phone: the page keeps to 390 px and the table scrolls sideways in its own labelled region', async () => {
    await page().setViewportSize({ width: 390, height: 844 })
    await open(page(), '/admin/my-practices', 'My country’s practices')
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await page().getByRole('region', { name: 'Practices of your countries' }).getByRole('table').count()).toBe(1)
    expect(await wcagViolations(page(), { within: ours })).toEqual([])
    await page().setViewportSize({ width: 1280, height: 720 })
  })

  it('is told that the reviewers’ queue is not for coordinators', async () => {
    await open(page(), '/admin/review', 'To review')
    expect(await page().getByText('This list is for reviewers and admins.').count()).toBe(1)
    expect(await page().getByRole('table').count()).toBe(0)
  })
})
