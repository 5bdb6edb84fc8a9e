/** The practice comparison in a browser: differences marked, the differences-only view, bad input, the export, the tray, and axe. */
import { describe, expect, inject, it } from 'vitest'

import { itHasNoWcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const pair = '/en/compare?practices=clbchat,school-safety-helpdesk'
const browser = browserForThisFile()


describe('practice comparison', () => {
  it('sets CLBch@t and the helpdesk side by side and marks their channels and audiences as different', async () => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseURL}${pair}`)
    expect(response?.status()).toBe(200)
    const table = page.getByRole('table', { name: '2 practices compared, by element of the framework' })
    expect(await table.locator('thead th a[href^="/en/practices/"]').allTextContents()).toEqual([
      expect.stringContaining('CLBch@t'),
      'Social safety helpdesk for schools',
    ])
    for (const element of ['Channels', 'Target groups']) {
      expect(await table.locator('tr.compare-element th', { hasText: element }).textContent()).toContain('Differs')
    }
    const chat = table.getByRole('row', { name: /Channels: Chat/ })
    expect(await chat.getByRole('rowheader').textContent()).toContain('Differs')
    expect(await chat.getByRole('cell').allTextContents()).toEqual(['✓ Yes', '— No'])
    const staff = table.getByRole('row', { name: /Target groups: Teachers and school staff/ })
    expect(await staff.getByRole('rowheader').textContent()).toContain('Same')
    await page.close()
  })

  it('describes the comparison in the document’s head, where search engines and link previews read it', async () => {
    // A browser's user agent: Next streams metadata that is not ready with the page into the body for browsers.
    const html = await (await fetch(`${baseURL}${pair}`, { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/136.0.0.0 Safari/537.36' } })).text()
    const head = html.slice(0, html.indexOf('</head>'))
    expect(head).toContain('<meta name="description" content="2 practices compared, by element of the framework: CLBch@t')
  })

  it('shows only the differences through a plain link, without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseURL}${pair}`)
    await page.getByRole('link', { name: 'Only differences' }).click()
    await page.waitForURL(/diff=1/)
    const headers = await page.locator('.compare-table tbody th[scope="row"]').allTextContents()
    expect(headers.some((h) => h.startsWith('Channels'))).toBe(true)
    expect(headers.some((h) => h.startsWith('Status'))).toBe(false)
    expect(headers.filter((h) => h.includes('Same'))).toEqual([])
    await context.close()
  })

  it('removes a practice from the page, and says what is wrong with bad input instead of failing', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/compare?practices=clbchat,school-safety-helpdesk,antwerp-radicalisation-flow`)
    await page.getByRole('link', { name: /^Remove Social safety helpdesk for schools/ }).click()
    await page.waitForURL((url) => url.search === '?practices=clbchat,antwerp-radicalisation-flow')
    expect(await page.locator('.compare-table thead th a[href^="/en/practices/"]').count()).toBe(2)
    for (const [query, message] of [
      ['?practices=clbchat', 'A comparison needs at least two practices.'],
      ['?practices=clbchat,no-such-practice', 'There is no published practice at the address “no-such-practice”.'],
      ['?practices=a,b,c,d,clbchat', 'At most 4 practices can be compared at once'],
      ['', 'No practices were chosen for comparison.'],
    ]) {
      const response = await page.goto(`${baseURL}/en/compare${query}`)
      expect(response?.status()).toBe(200)
      expect(await page.locator('main').textContent()).toContain(message)
    }
    await page.close()
  })

  it('exports the comparison as CSV', async () => {
    const response = await fetch(`${baseURL}/en/compare/export.csv?practices=clbchat,school-safety-helpdesk`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    expect(response.headers.get('content-disposition')).toContain('comparison-clbchat-school-safety-helpdesk.csv')
    const lines = (await response.text()).split('\r\n')
    expect(lines[0]).toContain('Section,Element,Option,')
    expect(lines).toContain('Access,Channels,Chat,Yes,No,Differs')
    expect((await fetch(`${baseURL}/en/compare/export.csv?practices=clbchat`)).status).toBe(400)
  })

  it('keeps the chosen practices in a tray from the catalogue to a practice page and on to the comparison', async () => {
    const page = await browser().newPage()
    // The two countries' practices fit on one page of the catalogue, whatever else the inventory holds.
    await page.goto(`${baseURL}/en/practices?sort=title&country=BE&country=NL`)
    await page.getByRole('button', { name: /^Add to comparison \(CLBch@t/ }).click()
    await page.getByRole('button', { name: /^Add to comparison \(Social safety helpdesk/ }).click()
    await page.goto(`${baseURL}/en/practices/antwerp-radicalisation-flow`)
    const tray = page.getByRole('region', { name: 'Comparison' })
    expect(await tray.textContent()).toContain('2 of 4 practices selected')
    await page.getByRole('button', { name: 'Add to comparison' }).click()
    await tray.getByRole('link', { name: 'Compare selected practices (3)' }).click()
    await page.waitForURL('**/en/compare?practices=clbchat,school-safety-helpdesk,antwerp-radicalisation-flow')
    expect(await page.locator('.compare-table thead th a[href^="/en/practices/"]').count()).toBe(3)
    await page.close()
  })

  itHasNoWcagViolations(
    'has no WCAG 2.1 A/AA violation with %s',
    [
      ['two practices', pair],
      ['three practices, differences only', '/en/compare?practices=clbchat,school-safety-helpdesk,antwerp-radicalisation-flow&diff=1'],
      ['one practice in Dutch', '/nl/compare?practices=clbchat'],
    ],
    browser,
    baseURL,
  )
})
