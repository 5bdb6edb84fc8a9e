/** The demo Belgian coordinator in Payload's admin: signs in, edits a Belgian practice, cannot open a Dutch draft. */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { ApiClient } from '../support/http'
import { demoPassword } from '../support/payload'

const baseURL = inject('baseURL')
let browser: Browser
let page: Page
let ids: { clbchat: number; nlDraft: number }

beforeAll(async () => {
  const nl = await ApiClient.signedIn(baseURL, 'coordinator.nl@example.org')
  const nlDraft = await nl.createDraft({ title: 'Dutch draft for the admin test', slug: 'admin-nl-draft', country: 'NL', originalLanguage: 'nl' })
  const clbchat = await ApiClient.anonymous(baseURL).rest('GET', '/api/practices?where[slug][equals]=clbchat&depth=0')
  ids = { clbchat: clbchat.json.docs[0].id, nlDraft }
  browser = await launchChromium()
  page = await browser.newPage()
})
afterAll(async () => browser?.close())

it('signs the Belgian coordinator into the admin', async () => {
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').fill('coordinator.be@example.org')
  await page.locator('#field-password').fill(demoPassword())
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  expect(new URL(page.url()).pathname).toBe('/admin')
})

it('saves a draft of a Belgian practice', async () => {
  await page.goto(`${baseURL}/admin/collections/practices/${ids.clbchat}`)
  const summary = page.locator('#field-summary')
  await summary.waitFor({ timeout: 30_000 })
  await summary.fill('Edited by the Belgian coordinator in the admin.')
  await page.getByRole('button', { name: 'Save Draft' }).click()
  await page.getByText('Draft saved successfully.').waitFor({ timeout: 15_000 })
  const { json } = await (await ApiClient.signedIn(baseURL, 'reviewer@example.org')).rest('GET', `/api/practices/${ids.clbchat}?draft=true&depth=0`)
  expect(json.summary).toBe('Edited by the Belgian coordinator in the admin.')
})

it('cannot open a Dutch draft', async () => {
  await page.goto(`${baseURL}/admin/collections/practices/${ids.nlDraft}`)
  await page.getByText(`The document with ID ${ids.nlDraft} could not be found`).waitFor({ timeout: 15_000 })
  expect(await page.locator('#field-title').count()).toBe(0)
  expect(await page.content()).not.toContain('Dutch draft for the admin test')
})
