import { describe, expect, inject, it } from 'vitest'

import { browserForThisFile, pageAt } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

describe('public site', () => {
  it('lists the three seed practices on the home page', async () => {
    const page = await pageAt(browser(), `${baseURL}/en`)
    const titles = await page.locator('main h3 a').allTextContents()
    expect(titles).toEqual(expect.arrayContaining([expect.stringContaining('CLBch@t'), 'Social safety helpdesk for schools', expect.stringContaining('Antwerp')]))
    await page.close()
  })

  it.each(['en', 'nl', 'fr', 'de'])('sets <html lang> to %s and translates the interface', async (locale) => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseURL}/${locale}`)
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    const heading = await page.locator('#practices-heading').textContent()
    expect(heading).toBe({ en: 'Practices in the inventory', nl: 'Praktijken in de inventaris', fr: 'Pratiques de l’inventaire', de: 'Praxisbeispiele im Verzeichnis' }[locale])
    await page.close()
  })

  it('opens a practice from the home page and shows its figures with their sources', async () => {
    const page = await pageAt(browser(), `${baseURL}/en`)
    await page.getByRole('link', { name: /CLBch@t/ }).click()
    await page.waitForURL('**/en/practices/clbchat')
    expect(await page.locator('h1').textContent()).toContain('CLBch@t')
    const figures = await page.getByRole('table', { name: 'All figures, each with its source' }).textContent()
    expect(figures).toContain('3,136')
    expect(figures).toContain('5,465')
    expect(figures).toContain('2016-17')
    expect(figures).toContain('2018-19')
    expect(await page.locator('#sources').locator('..').textContent()).toContain('Euroguidance')
    await page.close()
  })

  it('shows the Antwerp referral pathway as ordered steps, in Dutch on the Dutch site', async () => {
    const page = await pageAt(browser(), `${baseURL}/nl/practices/antwerp-radicalisation-flow`)
    const steps = await page.locator('ol.pathway > li h3').allTextContents()
    expect(steps).toHaveLength(6)
    expect(steps[0]).toContain('CLB-anker')
    expect(await page.content()).not.toContain('Goris')
    await page.close()
  })

  it('answers 404 for a practice that does not exist and for an unknown language', async () => {
    expect((await fetch(`${baseURL}/en/practices/no-such-practice`)).status).toBe(404)
    expect((await fetch(`${baseURL}/xx`)).status).toBe(404)
  })

  it('says a page is not found in the language of its address, with a link home in that language', async () => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseURL}/nl/practices/no-such-practice`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('main h1').textContent()).toBe('Pagina niet gevonden')
    expect(await page.getByRole('link', { name: 'Naar de startpagina' }).getAttribute('href')).toBe('/nl')
    await page.close()
  })
})
