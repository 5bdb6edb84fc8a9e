import { describe, expect, inject, it } from 'vitest'

import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()


describe('practice page', () => {
  it('charts a metric over periods, with its sources and a data table', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices/clbchat`)
    const chart = page.getByRole('figure', { name: 'Chat conversations, 2016-17 to 2018-19' })
    expect(await chart.locator('figcaption a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '#source-euroguidance-brochure',
      '#source-practice-record',
    ])
    await chart.getByText('Show the figures as a table').click()
    const rows = await chart.getByRole('table').locator('tbody tr').allTextContents()
    expect(rows).toEqual(['2016-173,136', '2018-195,465'])
    await expect.poll(() => chart.locator('.chart-plot svg').count()).toBe(1)
    await page.close()
  })

  it('charts a breakdown as bars in the order entered, with numbers in the page’s language', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/nl/practices/school-safety-helpdesk`)
    const chart = page.getByRole('figure', { name: 'Aantal vragen per thema, 2016' })
    const rows = await chart.locator('table tbody tr').allTextContents()
    expect(rows).toEqual(['Sociale veiligheid357', 'Pesten344', 'Wet- en regelgeving213', 'Vertrouwenswerk119'])
    expect(await page.getByRole('table', { name: 'Alle cijfers, elk met zijn bron' }).textContent()).toContain('1.173')
    await page.close()
  })

  it('marks texts shown in English on a page in another language', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/fr/practices/antwerp-radicalisation-flow`)
    expect(await page.getByRole('note').textContent()).toContain('affichées en anglais')
    expect(await page.locator('h1').getAttribute('lang')).toBe('en')
    expect(await page.locator('ol.pathway > li h3[lang="en"]').count()).toBe(6)
    expect(await page.locator('#pathway .lang-badge').textContent()).toBe('en anglais')
    await page.close()
  })

  it('links the page in every language, English as x-default', async () => {
    const response = await fetch(`${baseURL}/nl/practices/clbchat`)
    const html = await response.text()
    for (const locale of ['en', 'nl', 'fr', 'de']) {
      expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="${locale}" href="[^"]*/${locale}/practices/clbchat"`))
    }
    expect(html).toMatch(/<link rel="alternate" hrefLang="x-default" href="[^"]*\/en\/practices\/clbchat"/)
  })

  it('adds the practice to the comparison, and is a plain link without JavaScript', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices/clbchat`)
    const button = page.getByRole('button', { name: 'Add to comparison' })
    await button.click()
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    expect(await page.evaluate(() => localStorage.getItem('atlas.compare'))).toBe('["clbchat"]')
    expect(await page.getByRole('status').textContent()).toContain('1 of 4')
    expect(await page.getByRole('link', { name: 'Compare selected practices (1)' }).getAttribute('href')).toBe('/en/compare?practices=clbchat')
    await page.close()

    const context = await browser().newContext({ javaScriptEnabled: false })
    const noScript = await context.newPage()
    await noScript.goto(`${baseURL}/en/practices/clbchat`)
    expect(await noScript.getByRole('link', { name: 'Compare this practice' }).getAttribute('href')).toBe('/en/compare?practices=clbchat')
    await context.close()
  })
})
