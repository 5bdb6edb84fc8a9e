/**
 * The request header in which the server front (scripts/serve.ts) passes on the address a page was asked for,
 * path and query, so that the language switcher's links, drawn on the server, keep the page and its filters.
 * The front always sets it, so a client cannot choose it.
 */
export const PAGE_ADDRESS_HEADER = 'x-page-address'

/**
 * The address as the visitor sees it: without `_rsc`, the parameter Next adds to its in-page navigations; the
 * other parameters as they were written (`practices=a,b` stays readable).
 */
export function pageAddressOf(rawUrl: string): string {
  const { path, query } = splitAddress(rawUrl)
  const search = query
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== '_rsc')
    .join('&')
  return search ? `${path}?${search}` : path
}

/** An address's path and its query (without the "?"); a query may itself hold "?". */
export function splitAddress(address: string): { path: string; query: string } {
  const at = address.indexOf('?')
  return at < 0 ? { path: address, query: '' } : { path: address.slice(0, at), query: address.slice(at + 1) }
}
