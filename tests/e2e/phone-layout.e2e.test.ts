/**
 * Long words on a phone and in the heat map's headings: nothing broken in the middle of a word, no heading
 * running into the next, and the catalogue and practice pages clean for axe at both widths in four languages.
 * Debian's Chromium has no hyphenation dictionaries, so here every word must fit by layout alone.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

/** Words of six letters or more whose letters the layout put on more than one line. */
const wordsBrokenMidWord = (page: Page) =>
  page.evaluate(() => {
    const broken: string[] = []
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]{6,}/gu)) {
        const range = document.createRange()
        range.setStart(node, match.index)
        range.setEnd(node, match.index + match[0].length)
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        if (lines.size > 1) broken.push(match[0])
      }
    }
    return broken
  })

/**
 * Charts and cards are drawn only near the screen (content-visibility: auto) and clip what does not fit them: the
 * checks below look at the page as a visitor sees it after scrolling to each of them.
 */
const drawEverything = (page: Page) => page.addStyleTag({ content: '.chart, .card { content-visibility: visible }' })

/** Charts whose content is wider than the chart, so that part of it is cut off. */
const clippedCharts = (page: Page) =>
  page.locator('.chart').evaluateAll((charts) => charts.filter((chart) => chart.scrollWidth > chart.clientWidth).map((chart) => chart.querySelector('.chart-title')?.textContent))

const pages = ['', '/practices', '/practices/clbchat', '/practices/antwerp-radicalisation-flow', '/practices/school-safety-helpdesk', '/framework', '/compare?practices=clbchat,school-safety-helpdesk,antwerp-radicalisation-flow,rajaleidja', '/countries/compare?countries=BE,NL']

describe('long words', () => {
  it.each(['de', 'nl', 'en', 'fr'].flatMap((locale) => pages.map((path) => `/${locale}${path}`)))('are never broken mid-word at 390 px on %s', async (path) => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } })
    await page.goto(`${baseURL}${path}`)
    await drawEverything(page)
    expect(await wordsBrokenMidWord(page)).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(await clippedCharts(page)).toEqual([])
    await page.close()
  })

  it.each(['de', 'nl'])('fit inside their own column in the heat map’s headings (%s, 1280 px)', async (locale) => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(`${baseURL}/${locale}`)
    await drawEverything(page)
    const overflowing = await page.locator('.heatmap-table th[scope="col"]').evaluateAll((cells) =>
      cells.filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent),
    )
    expect(overflowing).toEqual([])
    expect(await wordsBrokenMidWord(page)).toEqual([])
    await page.close()
  })
})

describe('axe on the changed pages', () => {
  it.each(['en', 'nl', 'fr', 'de'].flatMap((locale) => ['/practices?country=NL', '/practices/clbchat', ''].flatMap((path) => [1280, 390].map((width) => [`/${locale}${path}`, width] as const))))(
    '%s at %i px has no WCAG 2.1 A/AA violation',
    async (path, width) => {
      const page = await browser().newPage({ viewport: { width, height: 900 } })
      await page.goto(`${baseURL}${path}`)
      await page.waitForLoadState('networkidle')
      expect(await wcagViolations(page)).toEqual([])
      await page.close()
    },
  )
})
