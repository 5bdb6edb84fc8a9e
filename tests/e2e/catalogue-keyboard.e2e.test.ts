/**
 * The catalogue by keyboard and on a phone: filters apply by button without moving the focus, the new count
 * is announced in a status region, the comparison tray is absent until a practice is added, and on a phone the
 * filters wait behind "Filters (n)" above the results.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'

import { browserForThisFile } from '../support/browser'

const baseURL = inject('baseURL')
const browser = browserForThisFile()

/** The results' status region (each "Add to comparison" button has its own for its message). */
const resultsStatus = (page: Page) => page.locator('.results > [role="status"]')

const phone = { width: 390, height: 844 }

describe('catalogue filters by keyboard', () => {
  it('keeps the focus on Apply filters and announces the new count', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices`)
    const status = resultsStatus(page)
    expect(await status.textContent()).toBe('3 practices')
    const netherlands = page.locator('fieldset', { hasText: 'Country' }).getByLabel(/Netherlands/)
    await netherlands.focus()
    await page.keyboard.press('Space')
    // Ticking alone changes nothing: the page waits for the visitor to apply.
    expect(page.url()).not.toContain('country=')
    const apply = page.getByRole('button', { name: 'Apply filters' })
    await apply.focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/country=NL/)
    await expect.poll(() => status.textContent()).toBe('1 practice')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Apply filters')
    expect(await page.locator('.result-list h3').allTextContents()).toEqual(['Social safety helpdesk for schools'])
    await page.close()
  })

  it('keeps the focus in the search box when a search is sent with Enter', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/nl/practices`)
    await page.getByLabel('Praktijken zoeken').focus()
    await page.keyboard.type('chat')
    await page.keyboard.press('Enter')
    await page.waitForURL(/q=chat/)
    await expect.poll(() => resultsStatus(page).textContent()).toBe('1 praktijk')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q')
    await page.close()
  })
})

describe('the comparison tray', () => {
  it.each([
    ['the catalogue', '/en/practices'],
    ['a practice page', '/en/practices/clbchat'],
  ])('is absent from %s until a practice is added', async (_, path) => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}${path}`)
    await page.waitForLoadState('networkidle')
    const tray = page.locator('.compare-tray')
    expect(await tray.isVisible()).toBe(false)
    expect(await tray.boundingBox()).toBeNull()
    await page.getByRole('button', { name: /^Add to comparison/ }).first().click()
    await expect.poll(() => tray.isVisible()).toBe(true)
    expect(await tray.textContent()).toContain('1 of 4 practices selected')
    await page.close()
  })
})

describe('the catalogue on a phone', () => {
  it('puts the filters behind "Filters (n)" above the results', async () => {
    const page = await browser().newPage({ viewport: phone })
    await page.goto(`${baseURL}/en/practices?country=NL&theme=access`)
    await page.waitForLoadState('networkidle')
    const summary = page.locator('.facets > summary')
    expect(await summary.textContent()).toBe('Filters (2)')
    const filtersTop = (await summary.boundingBox())!.y
    const resultsTop = (await page.locator('#results-heading').boundingBox())!.y
    expect(filtersTop).toBeLessThan(resultsTop)
    expect(resultsTop).toBeLessThan(phone.height)
    expect(await page.getByRole('button', { name: 'Apply filters' }).isVisible()).toBe(false)
    await summary.click()
    expect(await page.getByRole('button', { name: 'Apply filters' }).isVisible()).toBe(true)
    await page.close()
  })
})
