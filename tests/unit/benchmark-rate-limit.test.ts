/** The limit on saves without an account (src/benchmark/rate-limit.ts, anonymous-save-limit.ts). */
import { describe, expect, it } from 'vitest'

import { ANONYMOUS_SAVE_WINDOW_MS, ANONYMOUS_SAVES_PER_WINDOW, clientAddress } from '../../src/benchmark/anonymous-save-limit'
import { SlidingWindowLimiter } from '../../src/benchmark/rate-limit'

describe('the sliding-window limiter', () => {
  it('allows the limit within the window, refuses the next, and allows again as old saves leave the window', () => {
    const limiter = new SlidingWindowLimiter(3, 1000)
    expect([0, 100, 200].map((t) => limiter.take('a', t).allowed)).toEqual([true, true, true])
    expect(limiter.take('a', 300)).toEqual({ allowed: false, retryAfterMs: 700 })
    expect(limiter.take('b', 300).allowed).toBe(true)
    expect(limiter.take('a', 1001).allowed).toBe(true)
    expect(limiter.take('a', 1050).allowed).toBe(false)
  })

  it('does not count refused attempts', () => {
    const limiter = new SlidingWindowLimiter(1, 1000)
    limiter.take('a', 0)
    for (let t = 1; t < 1000; t += 100) limiter.take('a', t)
    expect(limiter.take('a', 1000).allowed).toBe(true)
  })

  it('keeps a bounded number of addresses, forgetting the least recently seen', () => {
    const limiter = new SlidingWindowLimiter(1, 1000, 2)
    limiter.take('a', 0)
    limiter.take('b', 0)
    limiter.take('c', 0)
    expect(limiter.take('a', 1).allowed).toBe(true)
    expect(limiter.take('c', 1).allowed).toBe(false)
  })

  it('limits saves without an account to 20 in 10 minutes', () => {
    expect([ANONYMOUS_SAVES_PER_WINDOW, ANONYMOUS_SAVE_WINDOW_MS]).toEqual([20, 600_000])
  })
})

describe('the client address', () => {
  it('is the entry the nearest proxy added, not what the client claimed', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientAddress(new Headers({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
