/**
 * Saves made without an account (new assessments, and changes through a
 * private link) are limited per client address: 20 saves in 10 minutes.
 * An assessment takes a handful of saves; a script flooding the database
 * takes thousands. Signed-in users are not limited here.
 */
import { SlidingWindowLimiter } from './rate-limit'

export const ANONYMOUS_SAVES_PER_WINDOW = 20
export const ANONYMOUS_SAVE_WINDOW_MS = 10 * 60 * 1000

export const anonymousSaveLimiter = new SlidingWindowLimiter(ANONYMOUS_SAVES_PER_WINDOW, ANONYMOUS_SAVE_WINDOW_MS)

/**
 * The client's address: the last X-Forwarded-For entry, which the nearest
 * proxy appends (or Next sets from the socket when the request has none).
 * Earlier entries are whatever the client claimed, so they are not used.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown'
}
