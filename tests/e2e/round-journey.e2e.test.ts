/**
 * Issue 15's round journey: an admin opens a round, the Belgian coordinator confirms CLBch@t in one click, the Dutch
 * coordinator changes a helpdesk figure and a reviewer publishes it, the public history shows the change, and the
 * previous round's snapshot (the demo round 2025) still has the old figure.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminPage } from '../support/admin-session'
import { wcagViolations } from '../support/axe'
import { ownAppForThisFile } from '../support/app-instance'
import { browserForThisFile } from '../support/browser'
import { ApiClient } from '../support/http'
import { payloadOwnedAxeExceptions } from '../support/payload-axe-exceptions'

const browser = browserForThisFile()
// Its own database and app: the round changes the demo practices (a new version of each, a new figure) that other files read.
let mailDir: string
let baseURL: string
let admin: ApiClient
let roundId: number

const idOf = async (client: ApiClient, slug: string) => (await client.rest('GET', `/api/practices?where[slug][equals]=${slug}&depth=0`)).json.docs[0].id as number

beforeAll(async () => {
  mailDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-journey-mail-'))
})
const instance = ownAppForThisFile('rounds', (port) => ({ SERVER_URL: `http://127.0.0.1:${port}`, TRUSTED_PROXY_HOPS: '1', MAIL_DIR: mailDir }))
beforeAll(async () => {
  baseURL = instance().base
  admin = await ApiClient.signedIn(baseURL, 'admin@example.org')
})
afterAll(async () => {
  if (mailDir) await rm(mailDir, { recursive: true, force: true })
})

describe('a yearly update round, from opening to the public history', () => {
  it('opens, is confirmed and updated, and the history shows the changed figure', { timeout: 180_000 }, async () => {
    const deadline = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString()
    const created = await admin.rest('POST', '/api/rounds', { name: 'E2E journey round', deadline, countries: ['BE', 'NL'] })
    expect(created.status).toBe(201)
    roundId = created.json.doc.id as number
    const opened = await admin.rest('POST', `/api/rounds/${roundId}/open`, {})
    expect(opened.status).toBe(200)

    // The Belgian coordinator confirms CLBch@t unchanged with one click in the round's progress view.
    const be = await adminPage(browser(), baseURL, 'coordinator.be@example.org')
    await be.goto(`${baseURL}/admin/round-progress/${roundId}`)
    const confirm = be.getByRole('button', { name: /^Confirm unchanged: “CLBch@t.*”$/ })
    await confirm.click()
    await expect.poll(() => confirm.count(), { timeout: 30_000 }).toBe(0)
    await be.context().close()

    // The Dutch coordinator changes the helpdesk's count of consultations; a reviewer publishes it.
    const nl = await ApiClient.signedIn(baseURL, 'coordinator.nl@example.org')
    const reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
    const helpdesk = await idOf(nl, 'school-safety-helpdesk')
    const draft = (await nl.rest('GET', `/api/practices/${helpdesk}?draft=true&depth=0`)).json
    const indicators = (draft.indicators as { metric: string; value: number }[]).map((row) => (row.metric === 'contacts' && row.value === 1173 ? { ...row, value: 1180 } : row))
    expect((await nl.rest('PATCH', `/api/practices/${helpdesk}?draft=true`, { indicators })).status).toBe(200)
    expect((await nl.rest('POST', `/api/practices/${helpdesk}/transition`, { transition: 'submit' })).status).toBe(200)
    expect((await reviewer.rest('POST', `/api/practices/${helpdesk}/transition`, { transition: 'publish' })).status).toBe(200)

    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices/school-safety-helpdesk/history`)
    const newest = Number((await page.locator('table.version-list tbody tr').first().locator('th').textContent())!.match(/\d+/)![0])
    await page.getByLabel('Older version').selectOption(String(newest - 1))
    await page.getByLabel('Newer version').selectOption(String(newest))
    await page.getByRole('button', { name: 'Show what changed' }).click()
    await page.waitForURL(/newer=/)
    const row = page.getByRole('row', { name: /1,173/ })
    expect(await row.locator('td').allTextContents()).toEqual([
      expect.stringMatching(/^Times the helpdesk was consulted: 1,173 \(source: .+\)$/),
      expect.stringMatching(/^Times the helpdesk was consulted: 1,180 \(source: .+\)$/),
    ])
    expect(await page.locator('table.version-list tbody tr').first().locator('td').last().textContent()).toBe('E2E journey round')

    // The open data has the new figure; the previous round's snapshot keeps the one that round closed with.
    const contactsIn = async (query: string) => {
      const file = (await (await fetch(`${baseURL}/api/open-data/practices.json${query}`)).json()) as { practices: { slug: string; indicators: { metric: string; value: number }[] }[] }
      const practice = file.practices.find((p) => p.slug === 'school-safety-helpdesk')!
      return practice.indicators.filter((indicator) => indicator.metric === 'contacts').map((indicator) => indicator.value)
    }
    expect(await contactsIn('')).toContain(1180)
    expect(await contactsIn('')).not.toContain(1173)
    expect(await contactsIn('?round=2025')).toContain(1173)
    expect(await contactsIn('?round=2025')).not.toContain(1180)

    // CLBch@t's confirmation is its newest version, verified in this round, and its page says so.
    await page.goto(`${baseURL}/en/practices/clbchat/history`)
    expect(await page.locator('table.version-list tbody tr').first().locator('td').last().textContent()).toBe('E2E journey round')
    await page.goto(`${baseURL}/en/practices/clbchat`)
    expect(await page.locator('.verification').textContent()).toMatch(/^Last verified on .+ \(round E2E journey round\)$/)
    await page.close()
  })

  it('shows the round’s progress to the admin and the Belgian coordinator in English and Dutch, wide and narrow, within the screen and with nothing for axe', { timeout: 240_000 }, async () => {
    const headings = { en: ['Update rounds: progress', 'Round E2E journey round: progress'], nl: ['Actualiseringsrondes: voortgang', 'Ronde E2E journey round: voortgang'] }
    const found: Record<string, unknown> = {}
    for (const email of ['admin@example.org', 'coordinator.be@example.org']) {
      for (const language of ['en', 'nl'] as const) {
        for (const width of [1280, 390]) {
          const page = await adminPage(browser(), baseURL, email, { language, width })
          await page.goto(`${baseURL}/admin/round-progress`)
          await page.getByRole('link', { name: 'E2E journey round' }).waitFor()
          expect(await page.locator('.round-progress h1').textContent()).toBe(headings[language][0])
          await page.getByRole('link', { name: 'E2E journey round' }).click()
          await page.waitForURL(`**/admin/round-progress/${roundId}`)
          expect(await page.locator('.round-progress h1').textContent()).toBe(headings[language][1])
          await page.waitForLoadState('networkidle')
          const where = `${email} ${language} ${width}`
          found[where] = {
            overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
            axe: await wcagViolations(page, { except: payloadOwnedAxeExceptions }),
          }
          await page.context().close()
        }
      }
    }
    expect(Object.values(found).every((f) => JSON.stringify(f) === JSON.stringify({ overflow: 0, axe: [] })), JSON.stringify(found, null, 1)).toBe(true)
  })

  it('lets the Belgian coordinator confirm by keyboard, in Dutch on a phone, and keeps focus on the list', async () => {
    const page = await adminPage(browser(), baseURL, 'coordinator.be@example.org', { language: 'nl', width: 390 })
    await page.goto(`${baseURL}/admin/round-progress/${roundId}`)
    // A key pressed before the page's scripts run does nothing.
    await page.waitForLoadState('networkidle')
    const list = page.getByRole('region', { name: /praktijk(en)? te controleren$/ })
    const confirm = list.getByRole('button', { name: /^“.+” ongewijzigd bevestigen$/ }).first()
    const name = (await confirm.getAttribute('aria-label'))!
    await confirm.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('button', { name, exact: true }).count(), { timeout: 30_000 }).toBe(0)
    // The list is read again in place, and focus waits on its heading rather than at the page's top.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('to-verify-heading')
    expect(await page.locator('#to-verify-heading').evaluate((heading) => heading.getBoundingClientRect().top >= 0)).toBe(true)
    await page.context().close()
  })

  it('says there is no such round for a number that is none, in the admin’s language', async () => {
    const page = await adminPage(browser(), baseURL, 'coordinator.be@example.org', { language: 'nl' })
    for (const [segment, shown] of [['99999999999', '99999999999'], ['abc', 'abc'], ['999999', '999999']]) {
      const response = await page.goto(`${baseURL}/admin/round-progress/${segment}`)
      expect(response?.status(), segment).toBe(200)
      await page.getByText(`Er is geen actualiseringsronde ${shown}.`).waitFor()
    }
    await page.context().close()
    // The round steps' API says the same of a number past PostgreSQL's integers (it was a 400 about the request's form).
    const opened = await admin.rest('POST', '/api/rounds/99999999999/open', {})
    expect([opened.status, opened.json.errors[0].message]).toEqual([404, 'There is no update round 99999999999.'])
    const confirmed = await admin.rest('POST', '/api/practices/99999999999/confirm', {})
    expect([confirmed.status, confirmed.json.errors[0].message]).toEqual([404, 'There is no practice 99999999999 that you may see.'])
  })
})
