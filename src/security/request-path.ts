/**
 * The path of a request as Next routes it, for the checks the server front makes by path (rate limits, body limits,
 * the page's language). Next decodes the %-escapes of a route's parameters, so /%6El/practices/x/history is the
 * Dutch history page: read undecoded, it would pass a door that /nl/practices/x/history may not. Decoded here once,
 * as Next does, segment by segment: an escaped "/" stays escaped (decoded, it would split a parameter in two), and a
 * malformed escape is left as it is (request-guard.ts refuses such an address).
 */
export function requestPath(rawUrl: string): string {
  const queryAt = rawUrl.indexOf('?')
  const path = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
  return path.includes('%') ? path.split('/').map(decodedSegment).join('/') : path
}

function decodedSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment)
    return decoded.includes('/') ? segment : decoded
  } catch {
    return segment
  }
}
