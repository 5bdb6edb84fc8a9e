import type { ServerResponse } from 'node:http'

import type { Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'

/**
 * Writes a refusal: JSON in Payload's error shape under /api, plain text
 * elsewhere, with the request id so a report can be matched to the log.
 */
export function writeProblem(
  res: ServerResponse,
  path: string,
  problem: { status: number; message: string; retryAfter?: number },
  requestId: string,
): void {
  const api = path.startsWith('/api/')
  res.statusCode = problem.status
  res.setHeader('content-type', api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8')
  res.setHeader('x-content-type-options', 'nosniff')
  res.setHeader('cache-control', 'no-store')
  if (problem.retryAfter !== undefined) res.setHeader('retry-after', String(problem.retryAfter))
  res.end(api ? JSON.stringify({ errors: [{ message: problem.message, requestId }] }) : `${problem.message}\nRequest id: ${requestId}\n`)
}

/** The same refusal as a Web Response, for route handlers under /api. */
export function problemJson(problem: { status: number; message: string }): Response {
  return Response.json({ errors: [{ message: problem.message }] }, { status: problem.status, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } })
}

/** A refusal for a client over a rate limit: for a page, in the page's language; for the API, in English like its other messages. */
export function rateLimitedProblem(pageLocale: Locale | undefined, retryAfter: number) {
  return { status: 429, message: translations(pageLocale ?? 'en', 'errors').tooManyRequests({ seconds: retryAfter }), retryAfter }
}
