import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the page, or only on the elements `within` selects (what the project
 * renders inside Payload's admin), and returns the violations, one line each.
 */
export async function wcagViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be blocked by the page's CSP, as it should be.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  }, within)
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Opens `url` in a new page of `browser`, waits for it to settle, and returns its WCAG 2.1 A/AA violations. */
export async function wcagViolationsAt(browser: Browser, url: string): Promise<string[]> {
  const page = await browser.newPage()
  try {
    await page.goto(url)
    await page.waitForLoadState('networkidle')
    return await wcagViolations(page)
  } finally {
    await page.close()
  }
}
