/**
 * axe (WCAG 2.1 A and AA) in the admin's dashboard, practices list and practice edit view, as a Dutch coordinator on
 * a wide screen and an English reviewer on a phone: nothing in what the project owns. What is left in Payload's own
 * components is listed in README ("Accessibility of the admin") and in payloadOwnedAxeExceptions, rule by rule.
 */
import { expect, inject, it } from 'vitest'

import { adminPage, openPractice } from '../support/admin-session'
import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'
import { ApiClient } from '../support/http'
import { payloadOwnedAxeExceptions } from '../support/payload-axe-exceptions'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

const practiceId = async (slug: string): Promise<number> =>
  (await ApiClient.anonymous(baseURL).rest('GET', `/api/practices?where[slug][equals]=${slug}&depth=0`)).json.docs[0].id

for (const { email, language, width, practice } of [
  { email: 'coordinator.be@example.org', language: 'nl', width: 1280, practice: 'clbchat' },
  { email: 'reviewer@example.org', language: 'en', width: 390, practice: 'school-safety-helpdesk' },
]) {
  it(`finds nothing outside Payload's own components for ${email} (${language}, ${width} px)`, async () => {
    const page = await adminPage(browser(), baseURL, email, { language, width })
    const found: Record<string, string[]> = {}
    await page.locator('#card-practices').waitFor()
    await page.waitForLoadState('networkidle')
    found.dashboard = await wcagViolations(page, { except: payloadOwnedAxeExceptions })

    await page.goto(`${baseURL}/admin/collections/practices`)
    await page.locator('td.cell-country').first().waitFor()
    await page.waitForLoadState('networkidle')
    found.list = await wcagViolations(page, { except: payloadOwnedAxeExceptions })

    await openPractice(page, baseURL, await practiceId(practice))
    found.edit = await wcagViolations(page, { except: payloadOwnedAxeExceptions })
    expect(found).toEqual({ dashboard: [], list: [], edit: [] })
    await page.context().close()
  })
}
