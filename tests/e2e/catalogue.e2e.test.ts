/** The public catalogue in a browser: search, facets, languages, without JavaScript too, and WCAG 2.1 AA by axe. */
import { describe, expect, inject, it } from 'vitest'

import { itHasNoWcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()


const resultTitles = async (url: string, javaScriptEnabled = true) => {
  const context = await browser().newContext({ javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${baseURL}${url}`)
  const titles = await page.locator('.result-list h3').allTextContents()
  await context.close()
  return titles
}

describe('catalogue', () => {
  it('lists CLBch@t for the search "chat"', async () => {
    expect((await resultTitles('/en/practices?q=chat')).some((t) => t.includes('CLBch@t'))).toBe(true)
  })

  it('leaves the helpdesk when filtered by the Netherlands', async () => {
    const titles = await resultTitles('/en/practices?country=NL')
    expect(titles).toContain('Social safety helpdesk for schools')
    expect(titles.some((t) => t.includes('CLBch@t'))).toBe(false)
  })

  it('filters with the form alone when JavaScript is off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/en/practices`)
    await page.locator('fieldset', { hasText: 'Country' }).getByLabel(/Netherlands/).check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.waitForURL(/country=NL/)
    expect(await page.locator('.result-list h3').allTextContents()).toContain('Social safety helpdesk for schools')
    await context.close()
  })

  it('offers the filtered results in the other languages, also without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}/en/practices?country=NL&q=school`)
    const switcher = page.getByRole('navigation', { name: 'Language' })
    expect(await switcher.getByRole('link', { name: 'Nederlands' }).getAttribute('href')).toBe('/nl/practices?country=NL&q=school')
    await switcher.getByRole('link', { name: 'Deutsch' }).click()
    await page.waitForURL(/\/de\/practices\?country=NL&q=school$/)
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    expect(await page.locator('input[name="country"][value="NL"]').isChecked()).toBe(true)
    expect(await page.locator('input[name="q"]').inputValue()).toBe('school')
    await context.close()
  })

  it('says what to loosen when nothing matches', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices?q=zzzznothing&country=NL`)
    await expect(page.getByText('No practice matches all of this.').isVisible()).resolves.toBe(true)
    await page.getByRole('link', { name: 'Remove the search “zzzznothing”' }).click()
    await page.waitForURL((url) => !url.search.includes('zzzz'))
    expect(await page.locator('.result-list h3').allTextContents()).toContain('Social safety helpdesk for schools')
    await page.close()
  })

  it('speaks Dutch at /nl/practices', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/nl/practices`)
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    expect(await page.locator('h1').textContent()).toBe('Praktijken')
    expect(await page.locator('legend').allTextContents()).toContain('Land')
    await page.close()
  })

  it('shows a newly published practice at once, and never a draft', async () => {
    const reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
    const draft = await reviewer.rest('POST', '/api/practices?draft=true', { title: 'Freshness probe practice', slug: 'freshness-probe', country: 'AT', originalLanguage: 'de' })
    expect(draft.status).toBe(201)
    expect(await resultTitles('/en/practices?q=freshness')).toEqual([])
    await reviewer.rest('PATCH', `/api/practices/${draft.json.doc.id}`, { _status: 'published' })
    expect(await resultTitles('/en/practices?q=freshness')).toEqual(['Freshness probe practice'])
  })

  itHasNoWcagViolations(
    'has no WCAG 2.1 A/AA violation on %s',
    [
      ['home', '/en'],
      ['catalogue with filters', '/en/practices?q=chat&theme=access&sort=title'],
      ['catalogue in Dutch', '/nl/practices?country=NL'],
      ['CLBch@t', '/en/practices/clbchat'],
      ['the helpdesk', '/en/practices/school-safety-helpdesk'],
      ['the Antwerp flow', '/en/practices/antwerp-radicalisation-flow'],
    ],
    browser,
    baseURL,
  )
})
