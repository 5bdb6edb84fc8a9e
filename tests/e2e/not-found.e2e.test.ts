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
      // The server's HTML itself, as a search engine or a reader without JavaScript gets it.
      const served = await fetch(`${baseURL}/${locale}${path}`)
      expect(served.status).toBe(404)
      const html = await served.text()
      expect(html).not.toContain('__next_error__')
      expect(html).toMatch(new RegExp(`<html lang="${locale}"`))
      expect(html).toContain(`<h1>${text.title}</h1>`)
      expect(html).toContain(`<a href="/${locale}">${text.home}</a>`)
      expect(html).toContain(`<a href="/${locale}/practices">${text.menu}</a>`)

      const page = await browser().newPage()
      const response = await page.goto(`${baseURL}/${locale}${path}`)
      expect(response?.status()).toBe(404)
      expect(await page.getAttribute('html', 'lang')).toBe(locale)
      expect(await page.locator('main h1').textContent()).toBe(text.title)
      expect(await page.getByRole('link', { name: text.home }).getAttribute('href')).toBe(`/${locale}`)
      expect(await page.getByRole('navigation').first().getByRole('link', { name: text.menu, exact: true }).count()).toBe(1)
      expect(await wcagViolations(page)).toEqual([])
      await page.close()
    },
  )
})
