/** Rate-limit counters in PostgreSQL: two stores (as two app instances) share them; a window opens at a key's first hit. */
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { RateLimitStore } from '@/security/rate-limit-store'

const pools = [new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 }), new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })]
const [one, other] = pools.map((pool) => new RateLimitStore(pool))
afterAll(async () => Promise.all(pools.map((pool) => pool.end())))

const key = (name: string) => `test:${name}:${Date.now()}:${Math.random()}`

describe('rate-limit counters', () => {
  it('allow the limit across instances, then refuse with the seconds left in the window', async () => {
    const k = key('shared')
    const window = { limit: 3, seconds: 60 }
    const verdicts = [await one.hit(k, window), await other.hit(k, window), await one.hit(k, window), await other.hit(k, window)]
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false])
    expect(verdicts[3].retryAfter).toBeGreaterThan(55)
    expect(verdicts[3].retryAfter).toBeLessThanOrEqual(60)
  })

  it('peek without counting', async () => {
    const k = key('peek')
    const window = { limit: 1, seconds: 60 }
    expect((await one.peek(k, window)).allowed).toBe(true)
    expect((await one.peek(k, window)).allowed).toBe(true)
    await one.hit(k, window)
    expect((await other.peek(k, window)).allowed).toBe(false)
  })

  it('open a new window once the old one has ended', async () => {
    const k = key('expiry')
    const window = { limit: 1, seconds: 1 }
    expect((await one.hit(k, window)).allowed).toBe(true)
    expect((await one.hit(k, window)).allowed).toBe(false)
    await new Promise((r) => setTimeout(r, 1100))
    expect((await other.hit(k, window)).allowed).toBe(true)
  })

  it('refuse a client that goes on knocking from memory, without writing to the database', async () => {
    const k = key('remembered')
    const window = { limit: 1, seconds: 60 }
    await one.hit(k, window)
    expect((await one.hit(k, window)).allowed).toBe(false)
    await pools[0].query('update rate_limits set hits = 0 where key = $1', [k])
    expect((await one.hit(k, window)).allowed).toBe(false)
    const { rows } = await pools[0].query('select hits from rate_limits where key = $1', [k])
    expect(rows[0].hits).toBe(0)
    // Another instance, which has not refused it yet, reads the counter.
    expect((await other.hit(k, window)).allowed).toBe(true)
  })

  it('keep keys apart', async () => {
    const window = { limit: 1, seconds: 60 }
    const [a, b] = [key('a'), key('b')]
    await one.hit(a, window)
    expect((await one.hit(b, window)).allowed).toBe(true)
  })
})
