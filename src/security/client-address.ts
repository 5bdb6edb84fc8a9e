import { z } from 'zod'

/**
 * The request header in which the HTTP server (scripts/serve.ts) hands the app
 * the client's address. The server removes any copy a client sends.
 */
export const CLIENT_ADDRESS_HEADER = 'x-atlas-client-address'

/** Number of reverse proxies in front of the app that append to X-Forwarded-For (TRUSTED_PROXY_HOPS, default 0). */
export function trustedProxyHops(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const parsed = z.coerce.number().int().min(0).max(10).safeParse(env.TRUSTED_PROXY_HOPS ?? '0')
  if (!parsed.success) throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${env.TRUSTED_PROXY_HOPS}".`)
  return parsed.data
}

/**
 * The client's address. With no trusted proxy it is the socket's peer; behind
 * n proxies, each appending the address it saw to X-Forwarded-For, it is the
 * n-th entry from the right. Entries further left are whatever the client
 * claimed and are never used. Too few entries means the request did not come
 * through the proxies: the socket's peer counts then.
 */
export function clientAddressOf(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, hops: number): string {
  const peer = socketAddress ?? 'unknown'
  if (hops === 0) return peer
  const entries = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean)
  return entries.length >= hops ? entries[entries.length - hops] : peer
}
