/** /{locale}/framework: the framework's sections in order, its elements' counts as the catalogue counts them, four languages, axe. */
import { describe, expect, inject, it } from 'vitest'

import { framework } from '@/framework'
import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

const locales = ['en', 'nl', 'fr', 'de'] as const

describe('the framework page', () => {
  it.each(locales)('lists every section in the seed’s order, in %s, from the site menu', async (locale) => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/${locale}`)
    await page.getByRole('navigation').first().getByRole('link', { name: { en: 'Framework', nl: 'Kader', fr: 'Cadre', de: 'Rahmen' }[locale] }).click()
    await page.waitForURL(`**/${locale}/framework`)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('.framework-section > h2').allTextContents()).toEqual(framework.map((s) => s.title[locale]))
    expect(await page.locator('cite').textContent()).toBe('Framework for design and mapping existing career guidance services')
    await page.close()
  })

  it('counts the practices meeting each element as the catalogue lists them behind its link', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/framework`)
    const links = await page.locator('.element-count a').evaluateAll((anchors) =>
      anchors.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    )
    const exact = links.filter((l) => l.text.startsWith('Met by'))
    expect(exact.length).toBeGreaterThanOrEqual(10)
    const meetingOf = (text: string) => Number(/^Met by (\d+) of/.exec(text)![1])
    expect(exact.some((l) => meetingOf(l.text) > 0)).toBe(true)
    for (const link of exact) {
      await page.goto(`${baseURL}${link.href}`)
      const n = meetingOf(link.text)
      expect(await page.locator('.results > [role="status"]').textContent(), link.href).toBe(n === 1 ? '1 practice' : `${n} practices`)
    }
    await page.close()
  })

  it('says where the catalogue cannot filter by an element', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/framework`)
    const channels = page.locator('.framework-elements li', { hasText: 'Reachable through more than one channel' })
    expect(await channels.textContent()).toContain('“Channels”: at least 2 chosen')
    expect(await channels.textContent()).toContain('The catalogue cannot filter by this element yet.')
    expect(await channels.getByRole('link', { name: 'Closest filter in the catalogue: Channels' }).count()).toBe(1)
    await page.close()
  })

  it.each(locales.flatMap((locale) => [1280, 390].map((width) => [locale, width] as const)))('has no WCAG 2.1 A/AA violation in %s at %i px', async (locale, width) => {
    const page = await browser().newPage({ viewport: { width, height: 900 } })
    await page.goto(`${baseURL}/${locale}/framework`)
    expect(await wcagViolations(page)).toEqual([])
    await page.close()
  })
})
