import type { Browser, Page } from 'playwright-core'

import { demoPassword } from '../../seed/users'
import { newClientAddress } from './http'

/** A browser page signed in to the admin as a demo account, with the admin in `language` at `width` pixels. */
export async function adminPage(browser: Browser, baseURL: string, email: string, { language = 'en', width = 1280 } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: language,
    viewport: { width, height: 900 },
    // Its own client address, so its sign-in has its own rate limit (the test app trusts one proxy hop).
    extraHTTPHeaders: { 'x-forwarded-for': newClientAddress() },
  })
  // Payload's choice of interface language, as its account menu would set it.
  await context.addCookies([{ name: 'payload-lng', value: language, url: baseURL }])
  const page = await context.newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(demoPassword())
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
  return page
}

/** Opens a practice's edit view and waits until its form can be edited (Payload disables it while it loads). */
export async function openPractice(page: Page, baseURL: string, id: number): Promise<void> {
  await page.goto(`${baseURL}/admin/collections/practices/${id}`)
  await page.locator('#field-title:not([disabled])').waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
}
