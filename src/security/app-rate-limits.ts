import { headers } from 'next/headers'
import type { Payload } from 'payload'

import { CLIENT_ADDRESS_HEADER } from './client-address'
import { type Queryable, RateLimitStore, type Verdict } from './rate-limit-store'
import { type RateLimitName, rateLimits } from './rate-limits'

let store: RateLimitStore | undefined

/** Counts one event of a limit for the current request's client, in the database Payload uses. */
export async function hitRateLimit(payload: Payload, name: RateLimitName, subject = ''): Promise<Verdict> {
  return storeOf(payload).hit(await keyOf(name, subject), rateLimits[name])
}

/** Whether the current request's client is over a limit, without counting. */
export async function peekRateLimit(payload: Payload, name: RateLimitName, subject = ''): Promise<Verdict> {
  return storeOf(payload).peek(await keyOf(name, subject), rateLimits[name])
}

// The Postgres adapter's pg pool: the counters need no ORM, and a pool of their own would hold more connections.
const storeOf = (payload: Payload) => (store ??= new RateLimitStore((payload.db as unknown as { pool: Queryable }).pool))

/** The HTTP server (scripts/serve.ts) always sets the address header; "unknown" only if the app runs without it. */
const keyOf = async (name: RateLimitName, subject: string) =>
  [name, subject, (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unknown'].filter(Boolean).join(':')
