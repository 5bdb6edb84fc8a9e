/**
 * Where a link may go: http(s), mailto and tel addresses, and within the site (/path, #anchor, ?query).
 * Anything else (javascript:, data:, vbscript:, //other-host) could run script or pass for this site.
 */
const allowedSchemes = new Set(['http', 'https', 'mailto', 'tel'])

export const safeLinkRule = 'Links may go only to http(s), mailto or tel addresses, or within this site (/path, #anchor, ?query).'

/**
 * Whether `url` is a link allowed by that rule, read as a browser reads an href: tabs and line breaks
 * removed anywhere, control characters and spaces trimmed at both ends, the scheme in any case.
 */
export function isSafeLink(url: string): boolean {
  const href = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href)?.[1]
  if (scheme !== undefined) return allowedSchemes.has(scheme.toLowerCase())
  // Browsers read "//host" and "/\host" as another host.
  return /^(\/(?![/\\])|[#?])/.test(href)
}
