/**
 * A Dutch coordinator with the admin in Dutch saves an empty practice form: both missing fields are named in Dutch,
 * and the country list offers only the coordinator's own country.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { demoPassword } from '../support/payload'

const baseURL = inject('baseURL')
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  const context = await browser.newContext({ locale: 'nl-NL' })
  // Payload's admin language: its cookie, as the account menu's language choice sets it.
  await context.addCookies([{ name: 'payload-lng', value: 'nl', url: baseURL }])
  page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').fill('coordinator.nl@example.org')
  await page.locator('#field-password').fill(demoPassword())
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
})
afterAll(async () => browser?.close())

it('names Titel and Land when an empty form is saved as a draft', async () => {
  await page.goto(`${baseURL}/admin/collections/practices/create`)
  await page.locator('#field-title').waitFor({ timeout: 30_000 })
  await page.getByRole('button', { name: 'Bewaar concept' }).click()
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'De volgende velden zijn ongeldig' })
  await toast.waitFor({ timeout: 15_000 })
  const message = await toast.textContent()
  expect(message).toContain('Titel')
  expect(message).toContain('Land')
  expect(message).not.toContain('unknown error')
  // Marked on the form as well: both fields carry Payload's error state.
  await page.locator('.field-type.error #field-title').waitFor({ timeout: 15_000 })
  expect(await page.locator('.field-type.error').count()).toBeGreaterThanOrEqual(2)
})

it('offers the Dutch coordinator only the Netherlands as country', async () => {
  await page.locator('.field-type.relationship .rs__control').first().click()
  // One country, named in the language being edited (English unless the editor switches); the list loads after opening.
  await expect
    .poll(() => page.locator('.rs__option').allTextContents(), { timeout: 15_000 })
    .toEqual([expect.stringMatching(/^(Netherlands|Nederland)$/)])
})
