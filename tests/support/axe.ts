import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

import type { Browser, Page } from 'playwright-core'
import { expect, it } from 'vitest'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** A violation left to a component we do not own: rule `rule` on elements inside (or being) `within`. */
export interface AxeException {
  rule: string
  within: string
}

/** Which part of the page axe checks: only the elements matching `within` (what we own inside Payload's admin), minus `except`. */
export interface AxeScope {
  within?: readonly string[]
  except?: readonly AxeException[]
}

/** Runs axe-core's WCAG 2.1 A and AA rules on the page (or its part `scope` names) and returns the violations, one line each. */
export async function wcagViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  // Evaluated through the DevTools protocol: an injected <script> would be blocked by the page's CSP, as it should be.
  await page.evaluate(axeSource)
  const violations = await page.evaluate(
    async ({ within, except }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
      const context = within ? { include: within.map((s) => [s]) } : document
      const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      const excepted = (rule: string, target: string[]) => {
        // A target in an iframe or shadow root has several parts; only plain document selectors are matched.
        const element = target.length === 1 ? document.querySelector(target[0]) : null
        return element !== null && except.some((e) => e.rule === rule && element.closest(e.within) !== null)
      }
      return result.violations
        .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !excepted(v.id, n.target)) }))
        .filter((v) => v.nodes.length > 0)
    },
    { within: scope.within ? [...scope.within] : null, except: [...(scope.except ?? [])] },
  )
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

/**
 * One test per page: axe finds no WCAG 2.1 A/AA violation at `baseURL` + its path. `title` names the tests with
 * a `%s` for each page's name, e.g. 'has no WCAG 2.1 A/AA violation on %s'.
 */
export function itHasNoWcagViolations(title: string, pages: [name: string, path: string][], browser: () => Browser, baseURL: string): void {
  it.each(pages)(title, async (_, path) => {
    expect(await wcagViolationsAt(browser(), `${baseURL}${path}`)).toEqual([])
  })
}
