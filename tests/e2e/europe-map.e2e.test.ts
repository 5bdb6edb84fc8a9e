/** The map of Europe on the home and countries pages: colours and figures as the catalogue counts them, a form that works without scripts, keyboard, axe. */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { heatLevel } from '@/components/charts/palette'
import { countrySeeds } from '../../seed/countries'
import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

const locales = ['en', 'nl', 'fr', 'de'] as const

/** The catalogue's number of results for a search string, as its status region says it. */
async function catalogueCount(page: Page, search: string): Promise<number> {
  await page.goto(`${baseURL}/en/practices?${search}`)
  const text = (await page.locator('.results > [role="status"]').textContent()) ?? ''
  return Number(/^(\d+) practices?$/.exec(text)![1])
}

interface MapRow {
  code: string
  count: number
  withOption: number | null
  /** the class of the country's shape on the map */
  level: string | null
}

async function mapRows(page: Page): Promise<MapRow[]> {
  return page.locator('.europe-map').evaluate((map) =>
    [...map.querySelectorAll('.map-table tbody tr')].map((tr) => {
      const code = tr.getAttribute('data-code')!
      const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')
      const shape = map.querySelector(`a.map-country[data-code="${code}"]`)
      return {
        code,
        count: Number(cells[0]!.replace(/,/g, '')),
        withOption: cells.length > 1 ? Number(cells[1]) : null,
        level: shape ? [...shape.classList].find((c) => c.startsWith('map-level-'))!.replace('map-level-', '') : null,
      }
    }),
  )
}

describe('the map of Europe', () => {
  it('shows every country of the inventory’s list, coloured by its practices as the catalogue counts them, grey without', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en`)
    const rows = await mapRows(page)
    expect(rows.map((r) => r.code).sort()).toEqual(countrySeeds.map((c) => c.code).sort())
    expect(rows.filter((r) => r.level === null)).toEqual([])
    const max = Math.max(...rows.map((r) => r.count))
    const withPractices = rows.filter((r) => r.count > 0)
    expect(withPractices.length).toBeGreaterThanOrEqual(2)
    for (const row of rows) expect(row.level, row.code).toBe(row.count === 0 ? 'none' : String(heatLevel(row.count, max)))
    for (const row of withPractices) expect(await catalogueCount(page, `country=${row.code}`), row.code).toBe(row.count)
    await page.close()
  })

  it('colours by the share of a chosen option through a plain form, matching the catalogue filtered to it', async () => {
    const page = await browser().newPage({ javaScriptEnabled: false })
    await page.goto(`${baseURL}/en/countries`)
    const values = await page.locator('#map-by option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean))
    expect(values.length).toBeGreaterThan(10)
    // the first option that some country's practices chose
    let chosen: { value: string; rows: MapRow[] } | undefined
    for (const value of values) {
      await page.goto(`${baseURL}/en/countries`)
      await page.locator('#map-by').selectOption(value)
      await page.getByRole('button', { name: 'Show on the map' }).click()
      await page.waitForURL(`**/en/countries?map=${value}#map`)
      const rows = await mapRows(page)
      if (rows.some((r) => (r.withOption ?? 0) > 0)) {
        chosen = { value, rows }
        break
      }
    }
    expect(chosen).toBeDefined()
    const label = await page.locator('#map-by option:checked').textContent()
    expect(await page.getByRole('figure', { name: /^Share of each country’s practices with/ }).count()).toBe(1)
    expect(label).toMatch(/^Share with “.+”$/)
    const [param, key] = chosen!.value.split('.')
    for (const row of chosen!.rows.filter((r) => r.count > 0)) {
      expect(await catalogueCount(page, `${param}=${key}&country=${row.code}`), row.code).toBe(row.withOption)
      expect(row.level, row.code).toBe(String(heatLevel(Math.round((row.withOption! / row.count) * 1000) / 10, 100)))
    }
    expect(chosen!.rows.filter((r) => r.count === 0).every((r) => r.level === 'none')).toBe(true)
    await page.close()
  })

  it('reaches every country by keyboard, each named with its figure and linked to its profile', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/countries`)
    const shapes = await page.locator('a.map-country').count()
    expect(shapes).toBe(countrySeeds.length)
    await page.locator('#map-by').focus()
    const reached: { name: string; href: string }[] = []
    for (let i = 0; i < shapes + 3; i++) {
      await page.keyboard.press('Tab')
      const focused = await page.evaluate(() => {
        const el = document.activeElement
        return el?.classList.contains('map-country') ? { name: el.getAttribute('aria-label') ?? '', href: el.getAttribute('href') ?? '' } : null
      })
      if (focused) reached.push(focused)
    }
    expect(reached.length).toBe(shapes)
    expect(new Set(reached.map((r) => r.href)).size).toBe(shapes)
    for (const country of reached) expect(country.name).toMatch(/^[^:]+: (\d+ published practices?|no published practice yet)$/)
    const belgium = reached.find((r) => r.href === '/en/countries/BE')!
    await page.locator('a.map-country[data-code="BE"]').focus()
    await page.keyboard.press('Enter')
    await page.waitForURL('**/en/countries/BE')
    expect(await page.locator('h1').textContent()).toBe(belgium.name.split(':')[0])
    await page.close()
  })

  it.each(locales.flatMap((locale) => ['', '/countries'].flatMap((path) => [1280, 390].map((width) => [locale, path, width] as const))))(
    'has no WCAG 2.1 A/AA violation in %s at /{locale}%s, %i px',
    async (locale, path, width) => {
      const page = await browser().newPage({ viewport: { width, height: 900 } })
      await page.goto(`${baseURL}/${locale}${path}`)
      expect(await wcagViolations(page)).toEqual([])
      await page.goto(`${baseURL}/${locale}${path}?map=${await page.locator('#map-by option').nth(1).getAttribute('value')}`)
      expect(await wcagViolations(page)).toEqual([])
      await page.close()
    },
  )
})
