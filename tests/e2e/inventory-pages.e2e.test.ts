/** The home page's figures, the country list, a country profile and the country comparison in a browser, with axe. */
import { describe, expect, inject, it } from 'vitest'

import { itHasNoWcagViolations } from '../support/axe'
import { browserForThisFile, pageAt } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

describe('inventory pages', () => {
  it('shows the inventory in figures and charts on the home page, above the list of practices', async () => {
    const page = await pageAt(browser(), `${baseURL}/en`)
    expect(await page.locator('.headline-figures dt').allTextContents()).toEqual(['Published practices', 'Countries with practices', 'Organisations involved'])
    for (const name of ['Practices per country', 'Themes: number of practices', 'Target groups by function of the ICT', 'Policy stage: share of practices at each stage']) {
      expect(await page.getByRole('figure', { name }).count()).toBe(1)
    }
    const heatmap = page.getByRole('table', { name: 'Target groups by function of the ICT' })
    const staff = heatmap.getByRole('row', { name: /Teachers and school staff/ })
    expect(Number(await staff.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(2)
    await page.getByRole('figure', { name: 'Practices per country' }).getByText('Show the figures as a table').click()
    const rows = await page.getByRole('figure', { name: 'Practices per country' }).locator('tbody tr').allTextContents()
    expect(rows.some((r) => r.startsWith('Belgium'))).toBe(true)
    expect(await page.locator('#practices-heading').textContent()).toBe('Practices in the inventory')
    await page.close()
  })

  it('lists the countries with their practices and compares the ones ticked', async () => {
    const page = await pageAt(browser(), `${baseURL}/en/countries`)
    const belgium = page.getByRole('row', { name: /Belgium/ })
    expect(Number(await belgium.locator('td.number').textContent())).toBeGreaterThanOrEqual(2)
    await page.getByLabel('Select Belgium for the comparison').check()
    await page.getByLabel('Select Netherlands for the comparison').check()
    await page.getByRole('button', { name: 'Compare the selected countries' }).click()
    await page.waitForURL(/countries\/compare\?countries=BE&countries=NL/)
    expect(await page.locator('h1').textContent()).toBe('Compare countries')
    await page.close()
  })

  it('profiles Belgium with its practices and charts of its coverage', async () => {
    const page = await pageAt(browser(), `${baseURL}/en/countries/BE`)
    expect(await page.locator('h1').textContent()).toBe('Belgium')
    expect(await page.getByRole('link', { name: /CLBch@t/ }).getAttribute('href')).toBe('/en/practices/clbchat')
    const themes = page.getByRole('figure', { name: 'Themes: number of practices' })
    await themes.getByText('Show the figures as a table').click()
    const rows = await themes.locator('tbody tr').allTextContents()
    expect(rows).toContain('Career Management Skills1')
    expect(await page.getByRole('figure', { name: 'Policy stage: share of practices at each stage' }).count()).toBe(1)
    expect((await fetch(`${baseURL}/en/countries/XX`)).status).toBe(404)
    await page.close()
  })

  it('sets Belgium and the Netherlands side by side as shares of their own practices', async () => {
    const page = await pageAt(browser(), `${baseURL}/en/countries/compare?countries=BE,NL`)
    const themes = page.getByRole('figure', { name: 'Themes: share of each country’s practices' })
    expect(await themes.locator('.chart-legend li').allTextContents()).toEqual([expect.stringMatching(/^Belgium \(\d+ practices\)$/), expect.stringMatching(/^Netherlands \(\d+ practices?\)$/)])
    await themes.getByText('Show the figures as a table').click()
    expect(await themes.locator('tbody').textContent()).toContain('%')
    await page.goto(`${baseURL}/en/countries/compare?countries=BE,XX`)
    expect(await page.locator('main').textContent()).toContain('There is no country with the code “XX” in the inventory.')
    await page.close()
  })

  itHasNoWcagViolations(
    'has no WCAG 2.1 A/AA violation on %s',
    [
      ['home', '/en'],
      ['home in German', '/de'],
      ['the countries', '/en/countries'],
      ['Belgium', '/en/countries/BE'],
      ['a country without practices', '/fr/countries/PT'],
      ['Belgium and the Netherlands', '/en/countries/compare?countries=BE,NL'],
    ],
    browser,
    baseURL,
  )
})
