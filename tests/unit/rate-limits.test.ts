/** Which requests the HTTP server counts against which limit (src/security/rate-limits.ts). */
import { describe, expect, it } from 'vitest'

import { doorLimitOf } from '@/security/rate-limits'

describe('the limits counted at the HTTP server', () => {
  it.each([
    ['GET', '/nl/practices/clbchat/history', 'practiceHistory'],
    ['HEAD', '/nl/practices/clbchat/history', 'practiceHistory'],
    ['HEAD', '/en/practices/clbchat/v/2/cite.bib', 'practiceHistory'],
    ['HEAD', '/api/open-data/practices.csv', 'openData'],
    ['GET', '/nl/practices/clbchat', undefined],
    ['POST', '/api/open-data/practices.csv', undefined],
  ])('counts %s %s against %s', (method, path, limit) => {
    // A HEAD request costs what its GET costs (Next runs the GET for it): it may not pass the limit's door.
    expect(doorLimitOf(method, path)).toBe(limit)
  })
})
