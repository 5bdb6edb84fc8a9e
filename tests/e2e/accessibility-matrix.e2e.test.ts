/**
 * Axe on the public page types the other files check in one language or at one width only: compare, a country
 * profile, country comparison, the benchmark's pages and a not-found page, in all four languages at 1280 and
 * 390 px. (Home, catalogue, practice page, countries and framework are checked in every language at both widths
 * in phone-layout, europe-map and framework-page.) One browser for the file, one page per combination.
 */
import { describe, expect, inject, it } from 'vitest'

import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

const locales = ['en', 'nl', 'fr', 'de'] as const
const widths = [1280, 390] as const
const pageTypes = [
  ['compare', '/compare?practices=clbchat,school-safety-helpdesk'],
  ['country profile', '/countries/BE'],
  ['country comparison', '/countries/compare?countries=BE,NL'],
  ['benchmark', '/benchmark'],
  ['new assessment', '/benchmark/new'],
  ['not found', '/practices/no-such-practice'],
] as const

describe('every public page type in four languages at both widths', () => {
  it.each(pageTypes.flatMap(([name, path]) => locales.flatMap((locale) => widths.map((width) => [name, locale, width, path] as const))))(
    'has no WCAG 2.1 A/AA violation: %s, %s, %i px',
    async (_, locale, width, path) => {
      const page = await browser().newPage({ viewport: { width, height: 900 } })
      try {
        const response = await page.goto(`${baseURL}/${locale}${path}`)
        expect(response?.status()).toBe(path.includes('no-such') ? 404 : 200)
        expect(await page.getAttribute('html', 'lang')).toBe(locale)
        expect(await wcagViolations(page)).toEqual([])
      } finally {
        await page.close()
      }
    },
  )
})
