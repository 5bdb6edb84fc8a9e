/**
 * Counters of requests per key in PostgreSQL, shared by every app instance on
 * the database (table "rate_limits", migration security). A key's window
 * opens with its first hit and lasts `seconds`, timed by the database's clock
 * so instances agree; it allows at most `limit` hits. Rows of ended windows
 * are swept now and then.
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
const MAX_REMEMBERED_REFUSALS = 10_000

export class RateLimitStore {
  private lastSweep = 0
  /**
   * Keys this instance saw refused, until their window ends: a client that goes on knocking is refused from
   * memory, without a database write per request (a window never shortens, so the refusal stays true).
   */
  private readonly refusedUntil = new Map<string, number>()

  constructor(private readonly db: Queryable) {}

  /** Counts one hit for `key` and says whether it fits in the current window. */
  async hit(key: string, window: Window): Promise<Verdict> {
    const remembered = this.refusedUntil.get(key)
    if (remembered !== undefined && remembered > Date.now()) return { allowed: false, retryAfter: Math.ceil((remembered - Date.now()) / 1000) }
    const { rows } = await this.db.query(
      `insert into rate_limits as r (key, expires_at, hits) values ($1, now() + make_interval(secs => $2), 1)
       on conflict (key) do update set
         hits = case when r.expires_at > now() then r.hits + 1 else 1 end,
         expires_at = case when r.expires_at > now() then r.expires_at else now() + make_interval(secs => $2) end
       returning hits, ceil(extract(epoch from expires_at - now()))::int as retry_after`,
      [key, window.seconds],
    )
    void this.sweepNowAndThen()
    const verdict = verdictOf(rows[0], window)
    if (!verdict.allowed) this.rememberRefusal(key, verdict.retryAfter)
    return verdict
  }

  private rememberRefusal(key: string, retryAfter: number): void {
    if (this.refusedUntil.size >= MAX_REMEMBERED_REFUSALS) {
      const now = Date.now()
      for (const [k, until] of this.refusedUntil) if (until <= now) this.refusedUntil.delete(k)
      if (this.refusedUntil.size >= MAX_REMEMBERED_REFUSALS) this.refusedUntil.clear()
    }
    this.refusedUntil.set(key, Date.now() + retryAfter * 1000)
  }

  /** Says whether `key` is over its limit in the current window, without counting a hit. */
  async peek(key: string, window: Window): Promise<Verdict> {
    const { rows } = await this.db.query(
      `select hits, ceil(extract(epoch from expires_at - now()))::int as retry_after
       from rate_limits where key = $1 and expires_at > now()`,
      [key],
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
