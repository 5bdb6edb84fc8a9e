import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from './embedded-postgres'

/** A PostgreSQL server for throw-away databases (tests, bench). */
export interface ScratchPostgres {
  /** The connection URL of database `name` on this server. */
  url(name: string): string
  /** Stops an embedded server and removes its files; a server named by DATABASE_URL is left running. */
  stop(): Promise<void>
}

/** DATABASE_URL's server when it is set, otherwise an embedded one in a temporary directory named after `purpose`. */
export async function scratchPostgres(purpose: string): Promise<ScratchPostgres> {
  const given = process.env.DATABASE_URL
  if (given) return { url: (name) => Object.assign(new URL(given), { pathname: `/${name}` }).toString(), stop: async () => {} }
  const dir = await mkdtemp(path.join(os.tmpdir(), `atlas-${purpose}-`))
  // When run as root, PostgreSQL runs as the `postgres` user, which must reach the data directory.
  await chmod(dir, 0o755)
  const embedded = await startEmbeddedPostgres(path.join(dir, 'pg'))
  return {
    url: embedded.url,
    stop: async () => {
      await embedded.stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
