/**
 * Counters of requests per key in PostgreSQL, shared by every app instance on
 * the database (table "rate_limits", migration security). Fixed windows,
 * timed by the database's clock so instances agree; rows of ended windows are
 * swept now and then. A window allows at most `limit` hits; the next one waits.
 */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>
}

export interface Window {
  limit: number
  seconds: number
}

export interface Verdict {
  allowed: boolean
  /** Seconds until the window ends (at least 1 when refused). */
  retryAfter: number
}

const SWEEP_EVERY_MS = 60_000

const WINDOW_START = `to_timestamp(floor(extract(epoch from now()) / $2) * $2)`

export class RateLimitStore {
  private lastSweep = 0

  constructor(private readonly db: Queryable) {}

  /** Counts one hit for `key` and says whether it fits in the current window. */
  async hit(key: string, window: Window): Promise<Verdict> {
    const { rows } = await this.db.query(
      `insert into rate_limits (key, window_start, expires_at, hits)
       values ($1, ${WINDOW_START}, ${WINDOW_START} + make_interval(secs => $2), 1)
       on conflict (key, window_start) do update set hits = rate_limits.hits + 1
       returning hits, ceil(extract(epoch from expires_at - now()))::int as retry_after`,
      [key, window.seconds],
    )
    void this.sweepNowAndThen()
    return verdictOf(rows[0], window)
  }

  /** Says whether `key` is over its limit in the current window, without counting a hit. */
  async peek(key: string, window: Window): Promise<Verdict> {
    const { rows } = await this.db.query(
      `select hits, ceil(extract(epoch from expires_at - now()))::int as retry_after
       from rate_limits where key = $1 and window_start = ${WINDOW_START}`,
      [key, window.seconds],
    )
    return rows[0] ? verdictOf({ ...rows[0], hits: Number(rows[0].hits) + 1 }, window) : { allowed: true, retryAfter: 0 }
  }

  private async sweepNowAndThen(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return
    this.lastSweep = Date.now()
    try {
      await this.db.query('delete from rate_limits where expires_at < now()')
    } catch (error) {
      console.error('Sweeping ended rate-limit windows failed:', error)
    }
  }
}

function verdictOf(row: Record<string, unknown> | undefined, window: Window): Verdict {
  const hits = Number(row?.hits ?? 1)
  const retryAfter = Math.max(1, Number(row?.retry_after ?? window.seconds))
  return hits <= window.limit ? { allowed: true, retryAfter: 0 } : { allowed: false, retryAfter }
}
