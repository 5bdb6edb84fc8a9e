/**
 * What no imported value may hold, whatever its column: a formula a spreadsheet would run, a NUL character
 * (PostgreSQL refuses it in text), or JSON nested deeper than any practice needs.
 */
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { nestsDeeperThan } from '@/security/json-depth'

import { formulaLead } from './csv'

/** An import file nests five levels at most (open-data object, practices, a list of records, a record, a localized text). */
export const MAX_JSON_DEPTH = 20
export const tooDeepProblem = (locale: Locale) => translations(locale, 'importProblems').tooDeep({ max: MAX_JSON_DEPTH })

/** Whether JSON text nests arrays or objects deeper than MAX_JSON_DEPTH. */
export const nestsTooDeep = (text: string) => nestsDeeperThan(text, MAX_JSON_DEPTH)

/** What is wrong with one imported text (said in `locale`), or undefined when nothing is. */
export function textProblem(text: string, locale: Locale): string | undefined {
  if (text.includes('\u0000')) return translations(locale, 'importProblems').nul
  const lead = formulaLead(text)
  if (lead !== undefined) return translations(locale, 'importProblems').formula({ lead: JSON.stringify(lead) })
  return undefined
}

export interface TextProblem {
  path: PropertyKey[]
  value: string
  expected: string
}

/** The problems of every text in a value read from JSON (no deeper than MAX_JSON_DEPTH), with their paths. */
export function textProblemsIn(value: unknown, locale: Locale, path: PropertyKey[] = []): TextProblem[] {
  const problems: TextProblem[] = []
  // One path, extended and cut back while walking; copied only for a problem (most values have none).
  const at = [...path]
  const visit = (inner: unknown) => {
    if (typeof inner === 'string') {
      const expected = textProblem(inner, locale)
      if (expected !== undefined) problems.push({ path: [...at], value: inner, expected })
    } else if (Array.isArray(inner)) {
      inner.forEach((item, i) => {
        at.push(i)
        visit(item)
        at.pop()
      })
    } else if (inner !== null && typeof inner === 'object') {
      for (const [key, item] of Object.entries(inner)) {
        at.push(key)
        visit(item)
        at.pop()
      }
    }
  }
  visit(value)
  return problems
}
