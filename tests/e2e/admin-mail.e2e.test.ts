/**
 * The admin's mail view over HTTP, against the production build writing mails to files (no SMTP_URL): an admin
 * finds a password-reset mail in the list and opens it; everyone else is refused, and no path opens a file; axe.
 */
import { randomBytes } from 'node:crypto'

import { beforeAll, describe, expect, inject, it } from 'vitest'

import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'
import { ApiClient } from '../support/http'
import { demoPassword } from '../support/payload'

const baseURL = inject('baseURL')
const email = `mail-view-${randomBytes(4).toString('hex')}@example.org`
let admin: ApiClient
let coordinator: ApiClient
const browser = browserForThisFile()

const page = async (client: ApiClient, path: string) => (await client.rest('GET', path)).text

beforeAll(async () => {
  admin = await ApiClient.signedIn(baseURL, 'admin@example.org')
  coordinator = await ApiClient.signedIn(baseURL, 'coordinator.be@example.org')
  const created = await admin.rest('POST', '/api/users', { email, password: 'mail-view-password-2026', roles: ['researcher'] })
  expect(created.status).toBe(201)
  const asked = await ApiClient.anonymous(baseURL).rest('POST', '/api/users/forgot-password', { email })
  expect(asked.status).toBe(200)
})

describe('the mail view', () => {
  it('lists the written mails for an admin, and opens one', async () => {
    const list = await page(admin, '/admin/mail')
    expect(list).toContain('href="/admin/mail"')
    expect(list).toContain(email)
    const file = list.match(/href="\/admin\/mail\?mail=([^"]+)"/)?.[1]
    expect(file).toBeDefined()
    const opened = await page(admin, `/admin/mail?mail=${file}`)
    expect(opened).toContain(email)
    expect(opened).toMatch(new RegExp(`${baseURL}/admin/reset/[0-9a-f]{40}`))
  })

  it('is neither linked nor shown to a coordinator', async () => {
    const list = await page(coordinator, '/admin/mail')
    expect(list).toContain('Only administrators can read the mails.')
    expect(list).not.toContain(email)
    expect(list).not.toContain('href="/admin/mail"')
  })

  it('opens no path that the list did not give', async () => {
    for (const path of ['..%2F..%2F..%2Fetc%2Fpasswd', '%2Fetc%2Fpasswd', '..%2Fpayload-secret']) {
      const text = await page(admin, `/admin/mail?mail=${path}`)
      expect(text).toContain('There is no such mail.')
      // /etc/passwd's first line ("root:x:0:0:..."), not the page's own inlined stylesheet (":root:...")
      expect(text).not.toMatch(/root:[^:\s]*:0:0:/)
    }
  })
})

describe('in a browser', () => {
  it('links the mails in an admin’s navigation, and axe finds nothing in the list or a mail', async () => {
    const tab = await browser().newPage()
    try {
      await tab.goto(`${baseURL}/admin/login`)
      await tab.locator('#field-email').fill('admin@example.org')
      await tab.locator('#field-password').fill(demoPassword())
      await tab.locator('button[type="submit"]').click()
      await tab.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 30_000 })
      // The link is in the navigation (a drawer that may be closed); the view is opened by its address.
      expect(await tab.locator('a.nav__link[href="/admin/mail"]').count()).toBe(1)
      await tab.goto(`${baseURL}/admin/mail`)
      await tab.getByRole('heading', { level: 1, name: 'Mail' }).waitFor({ timeout: 30_000 })
      expect(await wcagViolations(tab, { within: ['.mail-view'] })).toEqual([])
      await tab.getByRole('row').filter({ hasText: email }).getByRole('link').click()
      await tab.getByRole('link', { name: 'Back to the list' }).waitFor({ timeout: 30_000 })
      expect(await tab.locator('.mail-opened pre').textContent()).toContain('/admin/reset/')
      expect(await wcagViolations(tab, { within: ['.mail-view'] })).toEqual([])
    } finally {
      await tab.close()
    }
  })
})
