/**
 * A sliding-window rate limiter kept in memory: at most `limit` events per
 * key within `windowMs`. Per server instance; it caps abuse from one address,
 * it is not a quota. The number of keys is bounded, oldest first out.
 */
export class SlidingWindowLimiter {
  private readonly events = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Records an event for `key` and says whether it is allowed; a refused event is not recorded. */
  take(key: string, now = Date.now()): { allowed: boolean; retryAfterMs: number } {
    const recent = (this.events.get(key) ?? []).filter((t) => t > now - this.windowMs)
    if (recent.length >= this.limit) {
      this.events.set(key, recent)
      return { allowed: false, retryAfterMs: recent[0] + this.windowMs - now }
    }
    recent.push(now)
    // Re-insert so that the map's order is least recently used first.
    this.events.delete(key)
    this.events.set(key, recent)
    if (this.events.size > this.maxKeys) this.events.delete(this.events.keys().next().value!)
    return { allowed: true, retryAfterMs: 0 }
  }
}
