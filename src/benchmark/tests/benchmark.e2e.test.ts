/**
 * The benchmark self-assessment end to end (issue 5): start from CLBch@t, see the answers its record
 * pre-fills, set a target, save, reopen by the private link, copy it into a second assessment and see the
 * progress; the downloads; the core flow without JavaScript; no door to someone else's assessment; axe.
 */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { wcagViolations } from '@tests/support/axe'
import { browserForThisFile } from '@tests/support/browser'
import { ApiClient } from '@tests/support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()
/** The private link of the first assessment, once saved. */
let privateLink = ''


const tokenLink = /\/en\/benchmark\/[A-Za-z0-9_-]{43}$/
const element = (page: Page, label: string) => page.getByRole('group', { name: label, exact: true })
const answer = (page: Page, elementLabel: string, state: string) => element(page, elementLabel).getByLabel(state, { exact: true })

async function expectNoWcagViolations(page: Page) {
  expect(await wcagViolations(page), page.url()).toEqual([])
}

describe('a self-assessment started from CLBch@t', () => {
  it('pre-fills what the record can decide, saves with a target and gives a private link', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en`)
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Benchmark' }).click()
    await page.waitForURL('**/en/benchmark')
    await expectNoWcagViolations(page)

    await page.getByLabel('Start from a practice in the inventory (optional)').selectOption({ label: 'CLBch@t – chat service of the pupil guidance centres (Belgium)' })
    await page.getByRole('button', { name: 'Start with all sections' }).click()
    await page.waitForURL('**/en/benchmark/new?**')
    expect(await page.locator('h1').textContent()).toBe('New self-assessment')
    // CLBch@t's record: anonymous chat until 21:00, one channel (chat), one language (Dutch).
    expect(await answer(page, 'Anonymous use possible', 'Achieved').isChecked()).toBe(true)
    expect(await answer(page, 'Open outside school/office hours', 'Achieved').isChecked()).toBe(true)
    expect(await answer(page, 'Reachable through more than one channel', 'Not started').isChecked()).toBe(true)
    expect(await element(page, 'Anonymous use possible').textContent()).toContain('Pre-filled from the record')
    // Elements no rule can decide are left to the practice: 4 of the 59.
    expect(await answer(page, 'Difficulties are analysed and acted upon', 'Not assessed').isChecked()).toBe(true)
    expect(await page.locator('.answer-progress').first().textContent()).toContain('55 of 59 elements answered')
    await expectNoWcagViolations(page)

    await answer(page, 'Difficulties are analysed and acted upon', 'In progress').check()
    expect(await page.locator('.answer-progress').first().textContent()).toContain('56 of 59 elements answered')
    const channels = element(page, 'Reachable through more than one channel')
    await channels.getByLabel('Target', { exact: true }).selectOption('achieved')
    await channels.getByLabel('Target date').fill('2027-06-30')
    await channels.getByLabel('Evidence (optional)').fill('A telephone line is planned for 2027.')
    await page.getByLabel('Name of this assessment (optional)').fill('CLBch@t review 2026')
    await page.getByRole('button', { name: 'Save the assessment' }).click()
    await page.waitForURL(/\/en\/benchmark\/[A-Za-z0-9_-]{43}\?saved=1$/)

    expect(await page.getByRole('status').first().textContent()).toBe('Your assessment is saved.')
    privateLink = await page.getByLabel('Private link to this assessment').inputValue()
    expect(privateLink).toMatch(tokenLink)
    expect(await page.locator('h1').textContent()).toBe('CLBch@t review 2026')
    expect(await page.locator('.overall-score').textContent()).toMatch(/Overall score: \d+%/)
    const access = page.getByRole('table', { name: 'Access: elements, gaps first' })
    const row = access.getByRole('row', { name: /Reachable through more than one channel/ })
    expect(await row.textContent()).toContain('Achieved by June 30, 2027')
    expect(await row.textContent()).toContain('A telephone line is planned for 2027.')
    // Beside each element: how many published practices meet it (the seed's three, and any another test published).
    const published = async (where: string) => (await ApiClient.anonymous(baseURL).rest('GET', `/api/practices/count?where[_status][equals]=published${where}`)).json.totalDocs as number
    const [meeting, total] = [await published('&where[anonymous][equals]=true'), await published('')]
    expect(meeting).toBeGreaterThan(0)
    expect(await access.getByRole('row', { name: /Anonymous use possible/ }).textContent()).toContain(`${meeting} of ${total} (${Math.round((meeting / total) * 100)}%)`)
    expect(await page.getByText('How the score is computed').count()).toBe(1)
    await expectNoWcagViolations(page)
    await page.close()
  })

  it('reopens by its private link in another browser, and copies it into a second assessment that shows the progress', async () => {
    expect(privateLink).not.toBe('')
    const context = await browser().newContext()
    const page = await context.newPage()
    await page.goto(privateLink)
    expect(await page.locator('h1').textContent()).toBe('CLBch@t review 2026')

    await page.getByRole('link', { name: 'Start a new assessment from this one' }).click()
    await page.waitForURL('**/en/benchmark/new?from=**')
    expect(await page.locator('.note').first().textContent()).toContain('This starts as a copy of your assessment of')
    expect(await answer(page, 'Difficulties are analysed and acted upon', 'In progress').isChecked()).toBe(true)
    const channels = element(page, 'Reachable through more than one channel')
    expect(await channels.getByLabel('Target', { exact: true }).inputValue()).toBe('achieved')
    await answer(page, 'Reachable through more than one channel', 'Achieved').check()
    await page.getByLabel('Name of this assessment (optional)').fill('CLBch@t review 2027')
    await page.getByRole('button', { name: 'Save the assessment' }).click()
    await page.waitForURL(/\/en\/benchmark\/[A-Za-z0-9_-]{43}\?saved=1$/)
    const secondLink = await page.getByLabel('Private link to this assessment').inputValue()
    expect(secondLink).not.toBe(privateLink)

    expect(await page.getByRole('heading', { name: 'Progress since the previous assessment' }).count()).toBe(1)
    const scores = page.getByRole('table', { name: 'Score per section, with the elements assessed' })
    // Access: outside hours and anonymous achieved, channels from not started to achieved (target met), languages not started.
    expect(await scores.getByRole('row', { name: /^Access/ }).textContent()).toBe('Access75%4 of 450%+25%')
    const channelsRow = page.getByRole('table', { name: 'Access: elements, gaps first' }).getByRole('row', { name: /Reachable through more than one channel/ })
    expect(await channelsRow.textContent()).toContain('before: Not started')
    expect(await channelsRow.textContent()).toContain('target met')
    expect(await page.getByRole('figure', { name: 'Score per section: previous assessment and this one' }).count()).toBe(1)
    await expectNoWcagViolations(page)

    await page.goto(`${secondLink}/edit`)
    expect(await page.locator('h1').textContent()).toBe('Change answers and targets')
    await expectNoWcagViolations(page)
    await context.close()
  })

  it('downloads the results as CSV and JSON, through the link only', async () => {
    const csv = await fetch(`${privateLink}/results.csv`)
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect(csv.headers.get('cache-control')).toContain('no-store')
    const text = await csv.text()
    expect(text).toContain('access.multiChannel')
    expect(text).toContain('2027-06-30')
    const json = await (await fetch(`${privateLink}/results.json`)).json()
    expect(json.assessment.name).toBe('CLBch@t review 2026')
    expect(json.scoringRule.points).toEqual({ notStarted: 0, inProgress: 0.5, achieved: 1 })
    const stranger = privateLink.replace(/[A-Za-z0-9_-]{43}$/, 'A'.repeat(43))
    expect((await fetch(`${stranger}/results.csv`)).status).toBe(404)
  })
})

describe('without JavaScript', () => {
  it('starts, saves and changes an assessment with plain forms', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/en/benchmark`)
    await page.getByRole('button', { name: 'Start with the chosen sections' }).click()
    expect(await page.locator('#sections-error').textContent()).toBe('Choose at least one section.')
    await page.getByRole('checkbox', { name: /^Access \(/ }).check()
    await page.getByRole('button', { name: 'Start with the chosen sections' }).click()
    await answer(page, 'Offered in more than one language', 'In progress').check()
    await page.getByRole('button', { name: 'Save the assessment' }).click()
    await page.waitForURL(/\/en\/benchmark\/[A-Za-z0-9_-]{43}\?saved=1$/)
    const link = await page.getByLabel('Private link to this assessment').inputValue()
    await page.goto(`${link}/edit`)
    await answer(page, 'Offered in more than one language', 'Achieved').check()
    await page.getByRole('button', { name: 'Save the assessment' }).click()
    await page.waitForURL(/\?saved=1$/)
    const row = page.getByRole('table', { name: 'Access: elements, gaps first' }).getByRole('row', { name: /Offered in more than one language/ })
    expect(await row.textContent()).toContain('Achieved')
    await context.close()
  })
})

describe('no door to someone else’s assessment', () => {
  const denied = (status: number) => [401, 403, 404].includes(status)
  let anonymous: ApiClient
  let researcher: ApiClient

  beforeAll(async () => {
    anonymous = ApiClient.anonymous(baseURL)
    researcher = await ApiClient.signedIn(baseURL, 'researcher@example.org')
  })

  it('refuses anonymous lists, reads, writes and probes over REST', async () => {
    expect(denied((await anonymous.rest('GET', '/api/assessments')).status)).toBe(true)
    expect(denied((await anonymous.rest('GET', '/api/assessments/1')).status)).toBe(true)
    expect(denied((await anonymous.rest('GET', '/api/assessments/count')).status)).toBe(true)
    expect(denied((await anonymous.rest('POST', '/api/assessments', { sections: ['access'], answers: {} })).status)).toBe(true)
    expect(denied((await anonymous.rest('PATCH', '/api/assessments/1', { name: 'taken over' })).status)).toBe(true)
  })

  it('refuses anonymous GraphQL queries', async () => {
    const { data, errors } = await anonymous.graphql('{ Assessments { docs { id name answers } } }')
    expect(errors?.length ?? 0).toBeGreaterThan(0)
    expect(data?.Assessments ?? null).toBeNull()
    const one = await anonymous.graphql('{ Assessment(id: 1) { id answers } }')
    expect(one.data?.Assessment ?? null).toBeNull()
  })

  it('shows a signed-in user only their own assessments, never anyone’s link hash', async () => {
    const created = await researcher.rest('POST', '/api/assessments', { sections: ['access'], answers: { 'access.anonymous': { state: 'achieved' } } })
    expect(created.status).toBe(201)
    const { json, text } = await researcher.rest('GET', '/api/assessments?limit=100&depth=0')
    expect(json.docs.map((d: { id: number }) => d.id)).toEqual([created.json.doc.id])
    expect(text).not.toContain('tokenHash')
    const probe = await researcher.rest('GET', '/api/assessments?where[tokenHash][exists]=true')
    expect(probe.json?.docs ?? []).toEqual([])
    const graph = await researcher.graphql('{ Assessments { docs { id } } }')
    expect(graph.data.Assessments.docs.map((d: { id: number }) => d.id)).toEqual([created.json.doc.id])
  })

  it('refuses unknown elements and oversized notes over REST with a clear message', async () => {
    const unknown = await researcher.rest('POST', '/api/assessments', { sections: ['access'], answers: { 'access.teleportation': { state: 'achieved' } } })
    expect(unknown.status).toBe(400)
    expect(unknown.text).toContain('Unknown element')
    const long = await researcher.rest('POST', '/api/assessments', { sections: ['access'], answers: { 'access.anonymous': { note: 'x'.repeat(2001) } } })
    expect(long.status).toBe(400)
    expect(long.text).toContain('at most 2,000 characters')
  })

  it('answers 404 on the page for a guessed link or an id that is not yours', async () => {
    expect((await fetch(`${baseURL}/en/benchmark/${'B'.repeat(43)}`)).status).toBe(404)
    expect((await fetch(`${baseURL}/en/benchmark/1`)).status).toBe(404)
    expect((await fetch(`${baseURL}/en/benchmark/1/edit`)).status).toBe(404)
  })

  it('keeps private pages out of search engines and Referer headers to other sites', async () => {
    const page = await browser().newPage()
    await page.goto(privateLink)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('same-origin')
    await page.close()
  })
})
