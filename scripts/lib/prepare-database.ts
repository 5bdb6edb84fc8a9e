import type { Payload } from 'payload'
import pg from 'pg'

/** Any fixed number: the key of the PostgreSQL advisory lock that serialises start-up work across app instances. */
const STARTUP_LOCK = 7_351_402

/**
 * Brings the database up to date: applies committed migrations and, when asked,
 * seeds the demo content into an empty database. Runs under an advisory lock, so
 * several instances starting at once against one server take turns.
 * Reads DATABASE_URL and PAYLOAD_SECRET from process.env. Returns the Payload
 * instance it opened: Payload keeps one per process, so the caller goes on with
 * it and calls `destroy()` when done.
 */
export async function prepareDatabase({ seedDemo }: { seedDemo: boolean }): Promise<Payload> {
  // Migrations and the seed read what they just wrote: this process's Payload uses the primary only.
  delete process.env.DATABASE_REPLICA_URLS
  const lock = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await ensureDatabaseExists(process.env.DATABASE_URL!)
  await lock.connect()
  try {
    await lock.query('select pg_advisory_lock($1)', [STARTUP_LOCK])
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const { migrations } = await import('@/migrations')
    const { seedDemoContent } = await import('../../seed')
    const payload = await getPayload({ config })
    try {
      // Generated migrations type their arguments more narrowly than the adapter's signature.
      await payload.db.migrate({ migrations: migrations as never })
      if (seedDemo) await seedDemoContent(payload)
    } catch (error) {
      await payload.destroy()
      throw error
    }
    return payload
  } finally {
    await lock.end()
  }
}

/** Creates the database named in the URL if the server does not have it yet. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`).catch(unlessCreatedMeanwhile)
  } finally {
    await client.end()
  }
}

/**
 * Another instance starting at the same moment may create the database between the check and the creation:
 * PostgreSQL then reports it as existing (42P04) or, when both creations overlap, as a duplicate catalogue row (23505).
 */
function unlessCreatedMeanwhile(error: unknown): void {
  const code = (error as { code?: string }).code
  if (code !== '42P04' && code !== '23505') throw error
}
