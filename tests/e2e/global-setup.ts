import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { buildApp } from '../../scripts/lib/build-app'
import { buildIsCurrent } from '../../scripts/lib/build-state'
import { freePort } from '../../scripts/lib/embedded-postgres'
import { ROOT } from '../../scripts/lib/environment'
import { launchAppServer, waitUntilServing } from '../../scripts/lib/app-server'
import { stopProcess } from '../../scripts/lib/run'
import { migrateAndSeed } from '../support/prepare-database'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

/** Builds the app when needed and serves the production build on a fresh, seeded database. */
export default async function setup(project: TestProject) {
  const databaseUrl = process.env.E2E_DATABASE_URL
  if (!databaseUrl) throw new Error('End-to-end tests need a database: run them through `npm test`.')
  const env = { ...process.env, DATABASE_URL: databaseUrl }
  await migrateAndSeed(databaseUrl)
  if (!buildIsCurrent(ROOT)) await buildApp(env)
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  // One trusted proxy hop: tests give each simulated client its own X-Forwarded-For address.
  // The app's mails go to a directory of this run, not to the work tree's .data/mail.
  const mailDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-e2e-mail-'))
  const server = launchAppServer({ ...env, PORT: String(port), SERVER_URL: baseURL, TRUSTED_PROXY_HOPS: '1', MAIL_DIR: mailDir })
  await waitUntilServing(`${baseURL}/en`, 120_000)
  project.provide('baseURL', baseURL)
  return async () => {
    await stopProcess(server)
    await rm(mailDir, { recursive: true, force: true })
  }
}
