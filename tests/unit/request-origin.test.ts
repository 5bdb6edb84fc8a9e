/** The origin of the public pages' absolute links without SERVER_URL, from headers a client writes (src/i18n/alternates.ts). */
import { describe, expect, it } from 'vitest'

import { requestOrigin } from '@/i18n/alternates'

describe('the origin a request names', () => {
  it.each([
    [{ host: 'atlas.example.eu' }, 'http://atlas.example.eu'],
    [{ host: '127.0.0.1:3000', 'x-forwarded-host': 'atlas.example.eu', 'x-forwarded-proto': 'https' }, 'https://atlas.example.eu'],
    [{ host: 'atlas.example.eu', 'x-forwarded-proto': 'javascript' }, 'http://atlas.example.eu'],
  ])('is read from %o', (headers, origin) => {
    expect(requestOrigin(new Headers(headers))?.origin).toBe(origin)
  })

  it('is none for headers that make no web address, so that the page is answered without one (was a 500)', () => {
    expect(requestOrigin(new Headers({ host: 'atlas.example.eu', 'x-forwarded-host': 'a b' }))).toBeNull()
    expect(requestOrigin(new Headers({ host: 'atlas.example.eu', 'x-forwarded-host': '[::' }))).toBeNull()
    expect(requestOrigin(new Headers())).toBeNull()
  })
})
