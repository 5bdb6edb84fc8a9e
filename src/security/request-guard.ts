import { MAX_IMPORT_BYTES } from '@/exchange/import-file'
import { roundStepPath } from './rate-limits'
import { requestPath } from './request-path'

/**
 * The first check of every request, made by the HTTP server before Next parses
 * anything: an address with a NUL character or a malformed %-escape, and a body
 * over its size limit, are refused with a 4xx that says why. What a body holds
 * is checked later, in proxy.ts (body-guard.ts), where Next has read it.
 */
export interface Refusal {
  status: 400 | 411 | 413
  message: string
}

const MB = 1024 * 1024

/** The largest body each kind of request may send; the first matching path wins. */
export const bodyLimits: readonly { path: RegExp; bytes: number; what: string }[] = [
  { path: /^\/api\/practices\/import\/?$/, bytes: MAX_IMPORT_BYTES, what: 'an import file' },
  { path: /^\/api\/media\/?$/, bytes: 10 * MB, what: 'an uploaded file' },
  // A workflow step carries at most a comment (MAX_COMMENT_LENGTH characters).
  { path: /^\/api\/practices\/[^/]+\/transition\/?$/, bytes: 64 * 1024, what: 'a workflow step' },
  // A round step (open, close, confirm) carries no data.
  { path: roundStepPath, bytes: 1024, what: 'a round step' },
  // The admin's form-state and save requests carry a whole practice record.
  { path: /^\/(admin|api)(\/|$)/, bytes: 4 * MB, what: 'an admin request' },
  { path: /^/, bytes: 1 * MB, what: 'a request' },
]

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

export function refusalOf(method: string, rawUrl: string, headers: { 'content-length'?: string; 'transfer-encoding'?: string }): Refusal | undefined {
  const queryAt = rawUrl.indexOf('?')
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
  const query = queryAt === -1 ? '' : rawUrl.slice(queryAt + 1)
  const problem = [path, ...query.split(/[&=]/).map((part) => part.replaceAll('+', ' '))].map(encodingProblemOf).find(Boolean)
  if (problem) return { status: 400, message: `The web address ${problem}.` }
  if (!methodsWithBody.has(method)) return undefined

  const limit = bodyLimits.find((l) => l.path.test(requestPath(rawUrl)))!
  const length = headers['content-length']
  if (length === undefined) {
    return headers['transfer-encoding'] ? { status: 411, message: 'Send the request body with a Content-Length header.' } : undefined
  }
  if (!/^\d+$/.test(length)) return { status: 400, message: 'The Content-Length header is not a number.' }
  if (Number(length) > limit.bytes) {
    return { status: 413, message: `The request body is too large: ${megabytes(Number(length))} MB, while ${limit.what} may have at most ${megabytes(limit.bytes)} MB.` }
  }
  return undefined
}

function encodingProblemOf(part: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(part)
  } catch {
    return 'contains a malformed %-escape (a "%" must be followed by two hexadecimal digits of valid UTF-8)'
  }
  return decoded.includes('\0') ? 'contains a NUL character (%00)' : undefined
}

const megabytes = (bytes: number) => (bytes / MB).toFixed(1)
