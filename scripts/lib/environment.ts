import { existsSync } from 'node:fs'
import path from 'node:path'

import { sharedEmbeddedPostgres, startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres'
import { localSecret } from './secret'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
export const DATA_DIR = path.join(ROOT, '.data')

export interface AppEnvironment {
  env: NodeJS.ProcessEnv
  /** Set when this process started its own PostgreSQL. */
  embedded?: RunningPostgres
  seedDemo: boolean
  /** Whether PAYLOAD_SECRET came from the environment or .env rather than .data/payload-secret. */
  secretGiven: boolean
}

/**
 * The environment the app runs in: .env if present, DATABASE_URL or an embedded
 * PostgreSQL under .data/, a PAYLOAD_SECRET (made once if missing), PORT.
 * With `shareRunningDatabase`, a tool (import, export, ...) uses the embedded
 * PostgreSQL of the app already running, instead of refusing to start a second one.
 */
export async function appEnvironment({ database = true, shareRunningDatabase = false } = {}): Promise<AppEnvironment> {
  const dotenv = path.join(ROOT, '.env')
  if (existsSync(dotenv)) process.loadEnvFile(dotenv)
  const env: NodeJS.ProcessEnv = { ...process.env }
  const secretGiven = Boolean(env.PAYLOAD_SECRET)
  env.PAYLOAD_SECRET ||= localSecret(DATA_DIR)
  env.PORT ||= '3000'
  let embedded: RunningPostgres | undefined
  const shared = database && !env.DATABASE_URL && shareRunningDatabase ? sharedEmbeddedPostgres(path.join(DATA_DIR, 'postgres')) : undefined
  if (shared) {
    console.log('Using the embedded PostgreSQL of the app that is running (data in .data/postgres).')
    env.DATABASE_URL = shared('guidance_atlas')
  } else if (database && !env.DATABASE_URL) {
    console.log('No DATABASE_URL set: starting the embedded PostgreSQL (data in .data/postgres) ...')
    embedded = await startEmbeddedPostgres(path.join(DATA_DIR, 'postgres'))
    env.DATABASE_URL = embedded.url('guidance_atlas')
  }
  const seedDemo = embedded !== undefined || env.SEED_DEMO === 'true'
  return { env, embedded, seedDemo, secretGiven }
}
