/**
 * What each role sees in the admin: the synthetic flag and the API tab for admins only, the API key panel for the
 * roles that use keys, country names in the practices list, and a lock that names the person holding it.
 */
import { expect, inject, it } from 'vitest'

import { adminPage, openPractice } from '../support/admin-session'
import { browserForThisFile } from '../support/browser'
import { draftForThisFile } from '../support/draft-for-this-file'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()
const practiceId = draftForThisFile(baseURL, 'coordinator.be@example.org', { title: 'Belgian draft for the roles test', slug: 'admin-roles-draft', country: 'BE', originalLanguage: 'en' })

it("hides the synthetic flag and the API tab in a coordinator's practice edit view, and shows them to an admin", async () => {
  const coordinator = await adminPage(browser(), baseURL, 'coordinator.be@example.org', { language: 'nl' })
  await openPractice(coordinator, baseURL, practiceId())
  expect(await coordinator.locator('#field-synthetic').count()).toBe(0)
  expect(await coordinator.getByText('Synthetisch (testdata)').count()).toBe(0)
  expect(await coordinator.locator('.doc-tabs a[href$="/api"]').count()).toBe(0)
  await coordinator.context().close()

  const admin = await adminPage(browser(), baseURL, 'admin@example.org')
  await openPractice(admin, baseURL, practiceId())
  expect(await admin.locator('#field-synthetic').count()).toBe(1)
  expect(await admin.locator('.doc-tabs a[href$="/api"]').count()).toBe(1)
  await admin.context().close()
})

it('offers API keys to reviewers and researchers, not to coordinators, on the page and through the API', async () => {
  for (const [email, offered] of [
    ['coordinator.nl@example.org', false],
    ['reviewer@example.org', true],
  ] as const) {
    const page = await adminPage(browser(), baseURL, email)
    await page.goto(`${baseURL}/admin/account`)
    await page.locator('#field-email').waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    expect(await page.locator('#api-key-heading').count()).toBe(offered ? 1 : 0)
    await page.context().close()
  }
  const coordinator = await ApiClient.signedIn(baseURL, 'coordinator.nl@example.org')
  const refused = await coordinator.rest('POST', '/api/users/api-key')
  expect(refused.status).toBe(403)
  expect(refused.json.errors[0].message).toMatch(/coordinators work in the admin/)
  expect(refused.text).not.toMatch(/apiKey"\s*:\s*"/)
  const researcher = await ApiClient.signedIn(baseURL, 'researcher@example.org')
  expect((await researcher.rest('POST', '/api/users/api-key')).status).toBe(200)
})

it("lists the practices' countries by name in the admin's language", async () => {
  const page = await adminPage(browser(), baseURL, 'reviewer@example.org', { language: 'nl', width: 390 })
  await page.goto(`${baseURL}/admin/collections/practices?limit=100`)
  await page.locator('.cell-country').first().waitFor()
  const countries = await page.locator('td.cell-country').allInnerTexts()
  expect(countries.length).toBeGreaterThanOrEqual(3)
  // Names in Dutch for every row, never a code or "Loading...".
  expect(countries).toEqual(expect.arrayContaining(['België', 'Nederland', 'Verenigd Koninkrijk', 'Duitsland']))
  expect(countries.filter((name) => /Loading|Laden|^[A-Z]{2}$|^\s*$/.test(name))).toEqual([])
  await page.context().close()
})

it('names the coordinator who holds the lock when a reviewer opens the same practice', async () => {
  const coordinator = await adminPage(browser(), baseURL, 'coordinator.be@example.org')
  await openPractice(coordinator, baseURL, practiceId())
  // Payload takes the lock with the first change to the form.
  const formState = coordinator.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/admin/collections/practices/'))
  await coordinator.locator('#field-summary').fill('Being edited by the Belgian coordinator.')
  await formState
  const reviewer = await adminPage(browser(), baseURL, 'reviewer@example.org')
  await reviewer.goto(`${baseURL}/admin/collections/practices/${practiceId()}`)
  const dialog = reviewer.locator('.document-locked')
  await dialog.waitFor({ timeout: 30_000 })
  expect(await dialog.innerText()).toContain('Coordinator Belgium (demo) is currently editing')
  expect(await dialog.innerText()).not.toMatch(/User: \d/)
  await reviewer.context().close()
  await coordinator.context().close()
})
