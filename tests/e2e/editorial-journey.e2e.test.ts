/**
 * The editorial journey of issue 12, end to end in Chromium, against an app instance of its own that sends its
 * mails over real SMTP to a listener in this test: a Dutch coordinator (admin in Dutch) meets the named errors
 * of an empty form, files a practice whose figure needs a newly proposed metric, submits it; the reviewer asks
 * for changes with a comment; the coordinator reads it, fixes, resubmits; the reviewer approves the metric and
 * publishes; the public page shows the figure with its source. Each step's mail reaches the right person, in
 * their language, with a link that opens the practice. The seconds each step took are printed for the notes.
 */
import type { ParsedMail } from 'mailparser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { adminPage, openPractice } from '../support/admin-session'
import { ownAppForThisFile } from '../support/app-instance'
import { launchChromium } from '../support/browser'
import { ApiClient } from '../support/http'
import { startSmtpListener, type SmtpListener } from '../support/smtp-listener'

const slug = 'studiekeuze-journey'
const sourceTitle = 'Journey probe: annual report 2024'
let smtp: SmtpListener
let browser: Browser
let coordinator: Page
let reviewer: Page
let practiceId: number
const seconds: [string, number][] = []

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await run()
  seconds.push([name, Math.round((performance.now() - started) / 100) / 10])
  return result
}


/** The one mail with this subject, once it has arrived. */
async function mailWithSubject(subject: string): Promise<ParsedMail> {
  await expect.poll(() => smtp.received.filter((m) => m.subject === subject).length, { timeout: 30_000 }).toBe(1)
  return smtp.received.find((m) => m.subject === subject)!
}

const recipients = (mail: ParsedMail) => [mail.to].flat().flatMap((to) => to?.value.map((a) => a.address) ?? [])

/** The one mail with this subject, sent to `to` alone, whose admin link must open this practice for `reader`. */
async function expectMail(subject: string, to: string, reader: Page): Promise<ParsedMail> {
  const mail = await mailWithSubject(subject)
  expect(recipients(mail)).toEqual([to])
  const link = mail.text?.match(/https?:\/\/\S+\/admin\/collections\/practices\/\d+/)?.[0]
  expect(link).toBe(`${app().base}/admin/collections/practices/${practiceId}`)
  await reader.goto(link!)
  await reader.locator('#field-title').waitFor({ timeout: 30_000 })
  return mail
}

/** Takes a workflow step from the edit view: the button, the confirmation that says what happens next, confirm. */
async function takeStep(page: Page, labels: { button: string; next: string; confirm: string; comment?: [string, string] }) {
  await openPractice(page, app().base, practiceId)
  await page.getByRole('button', { name: labels.button, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: labels.button })
  await dialog.getByText(labels.next, { exact: false }).waitFor({ timeout: 30_000 })
  if (labels.comment) await dialog.getByLabel(labels.comment[0]).fill(labels.comment[1])
  await dialog.getByRole('button', { name: labels.confirm }).click()
  // The dialog closes when the step is taken; a refusal stays in it as an alert, which is what the test reports.
  const alert = dialog.getByRole('alert')
  await expect.poll(async () => (await dialog.count()) === 0 || (await alert.count()) > 0, { timeout: 30_000 }).toBe(true)
  if ((await alert.count()) > 0) throw new Error(`The step was refused: ${await alert.textContent()}`)
}

beforeAll(async () => {
  smtp = await startSmtpListener()
})
const app = ownAppForThisFile('journey', (port) => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Guidance Atlas <atlas@example.test>',
  SERVER_URL: `http://127.0.0.1:${port}`,
  TRUSTED_PROXY_HOPS: '0',
}))
beforeAll(async () => {
  browser = await launchChromium()
  coordinator = await adminPage(browser, app().base, 'coordinator.nl@example.org', { language: 'nl' })
  reviewer = await adminPage(browser, app().base, 'reviewer@example.org', { language: 'en' })
})

afterAll(async () => {
  console.log(`Editorial journey, seconds per step:\n${seconds.map(([name, s]) => `  ${s.toFixed(1).padStart(5)}  ${name}`).join('\n')}`)
  await browser?.close()
  await smtp?.stop()
})

it('names both missing fields in Dutch when the coordinator saves an empty form', async () => {
  await step('empty form saved: both fields named', async () => {
    await coordinator.goto(`${app().base}/admin/collections/practices/create`)
    await coordinator.locator('#field-title').waitFor({ timeout: 30_000 })
    await coordinator.getByRole('button', { name: 'Bewaar concept' }).click()
    const toast = coordinator.locator('[data-sonner-toast]').filter({ hasText: 'De volgende velden zijn ongeldig' })
    await toast.waitFor({ timeout: 15_000 })
    expect(await toast.textContent()).toMatch(/Titel.*Land|Land.*Titel/)
  })
})

it('lets the coordinator propose a metric and file a figure under it in a draft', async () => {
  await step('metric proposed, draft with its figure saved', async () => {
    const api = await ApiClient.signedIn(app().base, 'coordinator.nl@example.org')
    const metric = await api.rest('POST', '/api/metrics?locale=en', { id: 'occupationalProfiles', label: 'Occupational profiles', unit: 'count', kind: 'count' })
    expect(metric.status, JSON.stringify(metric.json)).toBe(201)
    expect(metric.json.doc.status).toBe('proposed')
    await api.rest('PATCH', '/api/metrics/occupationalProfiles?locale=nl', { label: 'Beroepsprofielen' })
    // Written in the admin's default content language, as the edit view does unless the editor switches it.
    const created = await api.rest('POST', '/api/practices?draft=true', {
      title: 'Studiekeuzesite (proef)',
      slug,
      country: 'NL',
      originalLanguage: 'nl',
      sources: [{ key: 'annual-report', title: sourceTitle, publisher: 'Journey probe', date: '2024', url: 'https://example.org/report' }],
      indicators: [{ metric: 'occupationalProfiles', period: '2024', value: 800, unit: 'count', source: 'annual-report' }],
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    practiceId = created.json.doc.id
  })
})

it('sends the submitted practice to the reviewer, in English, with a link that opens it', async () => {
  await step('submitted; mail to the reviewer', async () => {
    await takeStep(coordinator, {
      button: 'Indienen voor nazicht',
      next: 'Indienen voor nazicht: de reviewers voor Nederland krijgen een e-mail',
      confirm: 'Bevestigen',
    })
    await coordinator.getByText('Status: Ingediend voor nazicht').waitFor({ timeout: 30_000 })
    await expectMail('To review: Studiekeuzesite (proef)', 'reviewer@example.org', reviewer)
  })
})

it('lets the reviewer find it in the queue and ask for changes; the coordinator gets the comment in Dutch', async () => {
  await step('changes requested from the queue’s practice; mail to the coordinator', async () => {
    await reviewer.goto(`${app().base}/admin/review`)
    await reviewer.getByRole('link', { name: /Studiekeuzesite/ }).first().waitFor({ timeout: 30_000 })
    await takeStep(reviewer, {
      button: 'Request changes',
      next: 'Request changes: the coordinator who submitted the practice gets your comment',
      confirm: 'Confirm',
      comment: ['What should be changed? (required)', 'The report says about 900 profiles, not 800.'],
    })
    await reviewer.getByText('State: Changes requested').waitFor({ timeout: 30_000 })
    const mail = await expectMail('Wijzigingen gevraagd: Studiekeuzesite (proef)', 'coordinator.nl@example.org', coordinator)
    expect(mail.text).toContain('The report says about 900 profiles, not 800.')
  })
})

it('shows the coordinator the comment, who fixes the figure, marks it resolved and submits again', async () => {
  await step('comment read, figure fixed, resubmitted; mail to the reviewer', async () => {
    await coordinator.goto(`${app().base}/admin/collections/practices/${practiceId}`)
    await coordinator.getByText('1 open reviewopmerking').waitFor({ timeout: 30_000 })
    expect(await coordinator.getByText('The report says about 900 profiles, not 800.').count()).toBe(1)
    const api = await ApiClient.signedIn(app().base, 'coordinator.nl@example.org')
    const fixed = await api.rest('PATCH', `/api/practices/${practiceId}?draft=true`, {
      indicators: [{ metric: 'occupationalProfiles', period: '2024', value: 900, unit: 'count', source: 'annual-report', label: { en: 'Occupational profiles described (about 900)' } }],
    })
    expect(fixed.status, JSON.stringify(fixed.json)).toBe(200)
    await coordinator.reload()
    await coordinator.getByRole('button', { name: 'Markeren als opgelost' }).click()
    await coordinator.getByText('1 open reviewopmerking').waitFor({ state: 'detached', timeout: 15_000 })
    await takeStep(coordinator, { button: 'Indienen voor nazicht', next: 'Indienen voor nazicht: de reviewers voor Nederland krijgen een e-mail', confirm: 'Bevestigen' })
    await coordinator.getByText('Status: Ingediend voor nazicht').waitFor({ timeout: 30_000 })
    await expect.poll(() => smtp.received.filter((m) => m.subject === 'To review: Studiekeuzesite (proef)').length, { timeout: 30_000 }).toBe(2)
  })
})

it('publishes once the reviewer approved the metric; the coordinator is told in Dutch', async () => {
  await step('metric approved, published; mail to the coordinator', async () => {
    const api = await ApiClient.signedIn(app().base, 'reviewer@example.org')
    expect((await api.rest('PATCH', '/api/metrics/occupationalProfiles', { status: 'approved' })).status).toBe(200)
    await takeStep(reviewer, { button: 'Publish', next: 'Publish: this version replaces the public page at once', confirm: 'Confirm' })
    await reviewer.getByText('State: Published').waitFor({ timeout: 30_000 })
    await expectMail('Gepubliceerd: Studiekeuzesite (proef)', 'coordinator.nl@example.org', coordinator)
  })
})

it('shows the figure with its metric and its source on the public page', async () => {
  await step('public page shows the figure and its source', async () => {
    const page = await browser.newPage()
    await page.goto(`${app().base}/nl/practices/${slug}`)
    const body = (await page.locator('main').textContent()) ?? ''
    expect(body).toContain('Beroepsprofielen')
    expect(body).toContain('900')
    expect(body).toContain(sourceTitle)
    await page.close()
  })
})
