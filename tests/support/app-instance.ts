import pg from 'pg'
import { afterAll, beforeAll } from 'vitest'

import { launchAppServer, waitUntilServing } from '../../scripts/lib/app-server'
import { freePort } from '../../scripts/lib/embedded-postgres'
import { ensureDatabaseExists } from '../../scripts/lib/prepare-database'
import { ROOT } from '../../scripts/lib/environment'
import { launch, stopProcess } from '../../scripts/lib/run'
import { migrateAndSeed } from './prepare-database'

/** The e2e database's server with another database name (`name` gets the current one). */
export function withDatabase(url: string, name: (current: string) => string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name(parsed.pathname.slice(1))}`
  return parsed.toString()
}

/** A database of a test file's own, dropped when the file is done. */
export interface OwnDatabase {
  url: string
  drop: () => Promise<void>
}

/** An app server of a test file's own. */
export interface AppInstance {
  base: string
  stop: () => Promise<void>
}

/**
 * A database of a test file's own beside the e2e one (migrated and seeded with the demo), for app instances
 * started with settings the shared test server does not have. `drop` removes it.
 */
export async function ownDatabase(suffix: string): Promise<OwnDatabase> {
  const url = withDatabase(process.env.E2E_DATABASE_URL!, (name) => `${name}_${suffix}`)
  await ensureDatabaseExists(url)
  await migrateAndSeed(url)
  return { url, drop: () => dropDatabase(url) }
}

/**
 * An app server on a database of its own for the test file that calls this: started before the file's tests (after
 * the `beforeAll` hooks registered before this call, so `env` may use what they made), stopped and its database
 * dropped after them.
 */
export function ownAppForThisFile(suffix: string, env: (port: number) => Record<string, string>): () => AppInstance {
  let database: OwnDatabase | undefined
  let app: AppInstance | undefined
  beforeAll(async () => {
    database = await ownDatabase(suffix)
    app = await startAppInstance(database.url, env)
  })
  afterAll(async () => {
    await app?.stop()
    await database?.drop()
  })
  return () => app!
}

/** Removes the database at `url` (if there is one), whoever is connected to it. */
export async function dropDatabase(url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(url, () => 'postgres') })
  await admin.connect()
  await admin.query(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`)
  await admin.end()
}

/** Starts the built app on a free port against `databaseUrl` with `env` added; its base URL and process. */
export async function startAppInstance(databaseUrl: string, env: (port: number) => Record<string, string>): Promise<AppInstance> {
  const port = await freePort()
  const server = launchAppServer({ ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ...env(port) })
  const base = `http://127.0.0.1:${port}`
  await waitUntilServing(`${base}/en`, 120_000)
  return { base, stop: () => stopProcess(server) }
}

/**
 * Starts the app as an operator does, with `npm start` (scripts/start.ts: migrations and seed under the start-up
 * lock, then the built app) on a free port against `databaseUrl` with `env` added; its base URL and process.
 */
export async function startLikeAnOperator(databaseUrl: string, env: (port: number) => Record<string, string>): Promise<{ base: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const start = launch(`${ROOT}/node_modules/.bin/tsx`, [`${ROOT}/scripts/start.ts`], { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), ...env(port) })
  const base = `http://127.0.0.1:${port}`
  await waitUntilServing(`${base}/en`, 240_000)
  return { base, stop: () => stopProcess(start) }
}
