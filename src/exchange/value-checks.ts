/**
 * What no imported value may hold, whatever its column: a formula a spreadsheet would run, a NUL character
 * (PostgreSQL refuses it in text), or JSON nested deeper than any practice needs.
 */
import { nestsDeeperThan } from '@/security/json-depth'

import { formulaLead } from './csv'

/** An import file nests five levels at most (open-data object, practices, a list of records, a record, a localized text). */
export const MAX_JSON_DEPTH = 20
export const tooDeepProblem = `JSON nested at most ${MAX_JSON_DEPTH} levels deep`

/** Whether JSON text nests arrays or objects deeper than MAX_JSON_DEPTH. */
export const nestsTooDeep = (text: string) => nestsDeeperThan(text, MAX_JSON_DEPTH)

/** What is wrong with one imported text, or undefined when nothing is. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'text without control characters (it contains a NUL character)'
  const lead = formulaLead(text)
  if (lead !== undefined) return `plain text or a number, not something a spreadsheet would run as a formula (it begins with ${JSON.stringify(lead)})`
  return undefined
}

export interface TextProblem {
  path: PropertyKey[]
  value: string
  expected: string
}

/** The problems of every text in a value read from JSON (no deeper than MAX_JSON_DEPTH), with their paths. */
export function textProblemsIn(value: unknown, path: PropertyKey[] = []): TextProblem[] {
  if (typeof value === 'string') {
    const expected = textProblem(value)
    return expected === undefined ? [] : [{ path, value, expected }]
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => textProblemsIn(item, [...path, i]))
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textProblemsIn(item, [...path, key]))
  return []
}
