/** Which address a request is counted under: the socket's peer, or the entry the trusted proxies wrote. */
import { describe, expect, it } from 'vitest'

import { clientAddressOf, trustedProxyHops } from '@/security/client-address'

describe('the client address', () => {
  it('is the socket peer with no trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(clientAddressOf('10.0.0.5', 'A, B', 0)).toBe('10.0.0.5')
  })

  it('is the entry the nearest trusted proxy appended, never one the client wrote', () => {
    expect(clientAddressOf('10.0.0.1', 'A', 1)).toBe('A')
    expect(clientAddressOf('10.0.0.1', 'forged, A', 1)).toBe('A')
    expect(clientAddressOf('10.0.0.1', ['forged', 'A, P1'], 2)).toBe('A')
  })

  it('falls back to the socket peer when the request did not pass the proxies', () => {
    expect(clientAddressOf('10.0.0.9', undefined, 1)).toBe('10.0.0.9')
    expect(clientAddressOf('10.0.0.9', 'A', 2)).toBe('10.0.0.9')
  })

  it('reads TRUSTED_PROXY_HOPS, refusing what is not a small whole number', () => {
    expect(trustedProxyHops({})).toBe(0)
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: '2' })).toBe(2)
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: 'all' })).toThrow(/whole number/)
  })
})
