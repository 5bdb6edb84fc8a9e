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
  const t = translations(locale, 'importProblems')
  if (text.includes('\u0000')) return t.nul
  const lead = formulaLead(text)
  if (lead !== undefined) return t.formula({ lead: JSON.stringify(lead) })
  return undefined
}

export interface TextProblem {
  path: PropertyKey[]
  value: string
  expected: string
}

/** The problems of every text in a value read from JSON (no deeper than MAX_JSON_DEPTH), with their paths. */
export function textProblemsIn(value: unknown, locale: Locale, path: PropertyKey[] = []): TextProblem[] {
  if (typeof value === 'string') {
    const expected = textProblem(value, locale)
    return expected === undefined ? [] : [{ path, value, expected }]
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblemsIn(item, locale, [...path, i]))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textProblemsIn(item, locale, [...path, key]))
  return []
}
