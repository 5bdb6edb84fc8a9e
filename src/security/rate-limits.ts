import type { Window } from './rate-limit-store'

/**
 * Every request limit of the app, per client address (see client-address.ts),
 * shared by all instances. The HTTP server (scripts/serve.ts) applies those with
 * a `door` before Next sees the request; the others are counted where their
 * event happens (an anonymous benchmark save, a failed login).
 */
export interface RateLimit extends Window {
  /** Requests this limit counts at the HTTP server: method and path. */
  door?: { method: string; path: RegExp }
}

/** The address of a round step: confirming a practice, opening or closing a round (src/rounds). */
export const roundStepPath = /^\/api\/(practices\/[^/]+\/confirm|rounds\/[^/]+\/(open|close))\/?$/

/** The addresses of a practice's public history: the history page, a version's page and its citation files. */
export const practiceHistoryPath = /^\/[a-z]{2}\/practices\/[^/]+\/(history|v\/[^/]+(\/[^/]+)?)\/?$/

export const rateLimits = {
  /**
   * GraphQL requests of one client, signed in or not: a budget beside the per-request cost limit. A short
   * window keeps bursts short: back to back, the costliest allowed request would double the catalogue's p95.
   */
  graphql: { limit: 10, seconds: 10, door: { method: 'POST', path: /^\/api\/graphql\/?$/ } },
  /** Login attempts of one client, whatever the accounts (an attacker trying many accounts). */
  login: { limit: 20, seconds: 15 * 60, door: { method: 'POST', path: /^\/api\/users\/login\/?$/ } },
  forgotPassword: { limit: 5, seconds: 15 * 60, door: { method: 'POST', path: /^\/api\/users\/(forgot-password|reset-password)\/?$/ } },
  /** New API keys of one client: each replaces the account's key, a write no script needs often. */
  apiKey: { limit: 10, seconds: 60 * 60, door: { method: 'POST', path: /^\/api\/users\/api-key\/?$/ } },
  /** Imports (dry runs included) of one client. */
  import: { limit: 30, seconds: 60 * 60, door: { method: 'POST', path: /^\/api\/practices\/import\/?$/ } },
  /** Workflow steps (submit, publish, ...) of one client: far more than a person takes, few enough to stop a script's flood. */
  transition: { limit: 120, seconds: 60 * 60, door: { method: 'POST', path: /^\/api\/practices\/[^/]+\/transition\/?$/ } },
  /** Round steps of one client: confirming practices one click each, so more than workflow steps; opening and closing are rare. */
  roundStep: { limit: 600, seconds: 60 * 60, door: { method: 'POST', path: roundStepPath } },
  /**
   * A practice's history, its version pages and their citation files (/{locale}/practices/{slug}/history, …/v/{n},
   * …/v/{n}/cite.bib) of one client: each reads whole stored versions, in every language to compare two. A reader
   * opens a few in a minute; a crawler walking every version of every practice is slowed down.
   */
  practiceHistory: { limit: 60, seconds: 60, door: { method: 'GET', path: practiceHistoryPath } },
  /** Open-data files (exports of the whole inventory) of one client. */
  openData: { limit: 30, seconds: 60, door: { method: 'GET', path: /^\/api\/open-data\/[^/]+$/ } },
  /** Failed logins to one account from one client: then that pair is refused for the rest of the window. */
  loginFailures: { limit: 10, seconds: 15 * 60 },
  /** Benchmark assessments saved without an account (the save action counts only those). */
  anonymousBenchmarkSaves: { limit: 20, seconds: 10 * 60 },
} as const satisfies Record<string, RateLimit>

export type RateLimitName = keyof typeof rateLimits

/**
 * The limit that counts a request at the HTTP server, if any. A HEAD request counts as its GET: Next answers it by
 * running the GET (the page rendered, the export started), so it costs as much.
 */
export function doorLimitOf(method: string, path: string): RateLimitName | undefined {
  const counted = method === 'HEAD' ? 'GET' : method
  return (Object.keys(rateLimits) as RateLimitName[]).find((name) => {
    const door = (rateLimits[name] as RateLimit).door
    return door !== undefined && door.method === counted && door.path.test(path)
  })
}
