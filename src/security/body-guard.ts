import { nestsDeeperThan } from './json-depth'

/**
 * What a request body may hold, checked in proxy.ts before any route reads it:
 * no NUL character (PostgreSQL cannot store one in text), neither raw nor as
 * the JSON escape \u0000, and JSON no deeper than MAX_REQUEST_JSON_DEPTH levels.
 */
export const MAX_REQUEST_JSON_DEPTH = 64

const nul = /\u0000|\\u0000/i

export function textProblemOf(text: string): string | undefined {
  return nul.test(text) ? 'contains a NUL character (\\u0000), which cannot be stored' : undefined
}

/** Checks JSON text: NUL, depth (counted before parsing, so no parser recursion can run away), syntax. */
export function jsonProblemOf(text: string): string | undefined {
  const problem = textProblemOf(text)
  if (problem) return problem
  if (nestsDeeperThan(text, MAX_REQUEST_JSON_DEPTH)) return `nests deeper than ${MAX_REQUEST_JSON_DEPTH} levels`
  try {
    JSON.parse(text)
  } catch {
    return 'is not valid JSON'
  }
  return undefined
}
