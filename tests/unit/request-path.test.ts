/** The server front's checks by path read the path as Next routes it: %-escapes decoded (src/security/request-path.ts). */
import { describe, expect, it } from 'vitest'

import { doorLimitOf } from '@/security/rate-limits'
import { refusalOf } from '@/security/request-guard'
import { requestPath } from '@/security/request-path'

describe('a path with %-escapes', () => {
  it.each([
    // Next decodes route parameters: /%6El/… is the Dutch page, /nl/practices/clb%63hat/… CLBch@t's.
    ['GET', '/%6El/practices/clbchat/history', '/nl/practices/clbchat/history', 'practiceHistory'],
    ['GET', '/n%6C/practices/clb%63hat/v/1/cite.bib?x=%41', '/nl/practices/clbchat/v/1/cite.bib', 'practiceHistory'],
    ['POST', '/api/rounds/%31/open', '/api/rounds/1/open', 'roundStep'],
  ])('%s %s passes the door of %s', (method, raw, plain, limit) => {
    expect(requestPath(raw)).toBe(plain)
    expect(doorLimitOf(method, requestPath(raw))).toBe(limit)
  })

  it('keeps an escaped "/" and a malformed escape as they are', () => {
    expect(requestPath('/nl/practices/a%2Fb/history')).toBe('/nl/practices/a%2Fb/history')
    expect(requestPath('/nl/practices/%E0%A4%A/history')).toBe('/nl/practices/%E0%A4%A/history')
    expect(requestPath('/nl/practices?q=%2F')).toBe('/nl/practices')
  })

  it('gets the body limit of the address it routes to', () => {
    // A workflow step may carry 64 KB; the admin's other requests 4 MB.
    expect(refusalOf('POST', '/api/practices/1/transitio%6E', { 'content-length': String(100 * 1024) })).toMatchObject({ status: 413 })
    expect(refusalOf('POST', '/api/rounds/1/%6Fpen', { 'content-length': '2048' })).toMatchObject({ status: 413 })
  })
})
