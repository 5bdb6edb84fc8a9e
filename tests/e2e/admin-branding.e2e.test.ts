/** Guidance Atlas, not Payload: the admin's login page, titles, icons, and the dashboard's buttons named in words. */
import { expect, inject, it } from 'vitest'

import { adminPage } from '../support/admin-session'
import { browserForThisFile } from '../support/browser'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

it('shows Guidance Atlas on the login page, in its title and its logo, and nothing of Payload', async () => {
  const page = await browser().newPage()
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('#field-email').waitFor()
  await expect.poll(() => page.title()).toBe('Login – Guidance Atlas')
  await expect.poll(() => page.locator('.atlas-logo__name').textContent()).toBe('Guidance Atlas')
  expect(await page.locator('.atlas-logo img').getAttribute('src')).toBe('/icon.svg')
  expect(await page.locator('body').innerText()).not.toMatch(/payload/i)
  expect(await page.locator('meta[property="og:site_name"]').getAttribute('content')).toBe('Guidance Atlas')
  expect(await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')))).toEqual(['/icon.svg', '/favicon.ico'])
  await page.close()
})

it('answers /favicon.ico and the mark it is drawn from with images, for the public site and the admin alike', async () => {
  const anonymous = ApiClient.anonymous(baseURL)
  const favicon = await fetch(`${baseURL}/favicon.ico`)
  expect(favicon.status).toBe(200)
  expect(favicon.headers.get('content-type')).toMatch(/^image\//)
  const bytes = Buffer.from(await favicon.arrayBuffer())
  // An icon file (reserved 0, type 1) holding the 16, 32 and 48 pixel images.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([0, 1, 3])
  const mark = await anonymous.rest('GET', '/icon.svg')
  expect(mark.status).toBe(200)
  expect(mark.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
  const home = await anonymous.rest('GET', '/nl')
  expect(home.text).toContain('href="/favicon.ico"')
})

it("names the dashboard's create buttons by their collection, in the admin's language", async () => {
  for (const [language, practices] of [
    ['en', 'Create new Practices'],
    ['nl', 'Nieuw(e) Praktijken aanmaken'],
  ] as const) {
    const page = await adminPage(browser(), baseURL, 'admin@example.org', { language })
    await page.locator('#card-practices').waitFor()
    await expect.poll(() => page.title()).toMatch(/ – Guidance Atlas$/)
    const names = await page.locator('.collections a[aria-label]').evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')))
    expect(names.length).toBeGreaterThanOrEqual(5)
    expect(names.filter((n) => n?.includes('[object'))).toEqual([])
    expect(names).toContain(practices)
    await page.context().close()
  }
})
