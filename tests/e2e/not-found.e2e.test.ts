/** An unknown address under a locale: the site's menu, the page's language and a localized message, 404, and nothing for axe. */
import { describe, expect, inject, it } from 'vitest'

import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

const expected = {
  en: { title: 'Page not found', home: 'Go to the home page', menu: 'Practices' },
  nl: { title: 'Pagina niet gevonden', home: 'Naar de startpagina', menu: 'Praktijken' },
  fr: { title: 'Page introuvable', home: 'Aller à la page d’accueil', menu: 'Pratiques' },
  de: { title: 'Seite nicht gefunden', home: 'Zur Startseite', menu: 'Praxisbeispiele' },
} as const

describe('localized not-found pages', () => {
  it.each(Object.entries(expected).flatMap(([locale, text]) => ['/practices/no-such-practice', '/no/such/page'].map((path) => [locale, path, text] as const)))(
    '/%s%s answers 404 in its language, under the site menu',
    async (locale, path, text) => {
      const page = await browser().newPage()
      const response = await page.goto(`${baseURL}/${locale}${path}`)
      expect(response?.status()).toBe(404)
      // Next sends a not-found met after the page began as its error shell and completes it in the browser
      // (the server's HTML has no lang yet; an open point of the public site): language and heading are there once
      // the page has hydrated.
      await expect.poll(() => page.getAttribute('html', 'lang'), { timeout: 15_000 }).toBe(locale)
      await page.locator('main h1').waitFor({ timeout: 15_000 })
      expect(await page.locator('main h1').textContent()).toBe(text.title)
      expect(await page.getByRole('link', { name: text.home }).getAttribute('href')).toBe(`/${locale}`)
      expect(await page.getByRole('navigation').first().getByRole('link', { name: text.menu, exact: true }).count()).toBe(1)
      expect(await wcagViolations(page)).toEqual([])
      await page.close()
    },
  )
})
