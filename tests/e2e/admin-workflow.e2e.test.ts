/**
 * The workflow in the admin's edit view, as its users meet it: the state in the header, a button per step
 * with a confirmation that says what happens next, the reviewer's comment at the top of the coordinator's
 * edit view, and the counts on the dashboard.
 */
import type { Page } from 'playwright-core'
import { expect, inject, it } from 'vitest'

import { adminPage } from '../support/admin-session'
import { browserForThisFile } from '../support/browser'
import { draftForThisFile } from '../support/draft-for-this-file'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()
const draftId = draftForThisFile(baseURL, 'coordinator.be@example.org', { title: 'Admin workflow', slug: 'admin-workflow', country: 'BE', originalLanguage: 'en' })

const signedIn = (email: string) => adminPage(browser(), baseURL, email)

async function takeStep(page: Page, button: string, next: string, comment?: string) {
  await page.goto(`${baseURL}/admin/collections/practices/${draftId()}`)
  const dialog = page.getByRole('dialog', { name: button })
  // On a loaded machine a click can land before the edit view has hydrated and do nothing: click until it opens.
  for (let attempt = 0; attempt < 5 && !(await dialog.isVisible()); attempt++) {
    await page.getByRole('button', { name: button, exact: true }).click()
    await dialog.waitFor({ timeout: 6_000 }).catch(() => undefined)
  }
  await dialog.getByText(next).waitFor()
  if (comment !== undefined) {
    // Confirmed without a comment, the dialog stays open and says what is missing.
    await dialog.getByRole('button', { name: 'Confirm' }).click()
    await dialog.getByRole('alert').getByText('Requesting changes needs a comment that says what to change.').waitFor()
    await dialog.getByLabel('What should be changed? (required)').fill(comment)
  }
  await dialog.getByRole('button', { name: 'Confirm' }).click()
}

it('lets the coordinator submit a draft, saying that the Belgian reviewers are told', async () => {
  const page = await signedIn('coordinator.be@example.org')
  await page.goto(`${baseURL}/admin/collections/practices/${draftId()}`)
  await page.getByText('State: Draft').waitFor({ timeout: 30_000 })
  expect(await page.getByRole('button', { name: 'Publish', exact: true }).count()).toBe(0)
  await takeStep(page, 'Submit for review', 'Submit for review: the reviewers for Belgium get an e-mail; you can still withdraw it.')
  await page.getByText('State: Submitted for review').waitFor({ timeout: 30_000 })
  expect(await page.getByRole('button', { name: 'Withdraw from review' }).count()).toBe(1)
  await page.context().close()
})

it('lets the reviewer request changes only with a comment', async () => {
  const page = await signedIn('reviewer@example.org')
  await takeStep(page, 'Request changes', 'Request changes: the coordinator who submitted the practice gets your comment', 'Add the opening hours.')
  await page.getByText('State: Changes requested').waitFor({ timeout: 30_000 })
  await page.context().close()
})

it('shows the coordinator the open comment at the top of the edit view, until it is marked resolved', async () => {
  const page = await signedIn('coordinator.be@example.org')
  await page.goto(`${baseURL}/admin/collections/practices/${draftId()}`)
  await page.getByText('1 open review comment').waitFor({ timeout: 30_000 })
  expect(await page.getByText('Add the opening hours.').count()).toBe(1)
  await page.getByRole('button', { name: 'Mark resolved' }).click()
  await page.getByText('1 open review comment').waitFor({ state: 'detached', timeout: 15_000 })
  const reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
  const { json } = await reviewer.rest('GET', `/api/review-comments?where[practice][equals]=${draftId()}&depth=0`)
  expect(json.docs[0].resolved).toBe(true)
  await page.context().close()
})

it('counts the coordinator’s practices per state on the dashboard, for their country', async () => {
  const page = await signedIn('coordinator.be@example.org')
  await page.goto(`${baseURL}/admin`)
  await page.getByText('Practices by workflow state').waitFor({ timeout: 30_000 })
  expect(await page.getByText('Practices of Belgium').count()).toBe(1)
  expect(await page.getByRole('link', { name: /Changes requested: \d+/ }).count()).toBe(1)
})
