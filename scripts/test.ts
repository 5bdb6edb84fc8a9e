/**
 * `npm test`: the whole suite against real PostgreSQL. Uses the server named by
 * DATABASE_URL, or starts an embedded one in a temporary directory; either way
 * each run gets fresh databases (one for integration tests, one for the
 * end-to-end app), dropped afterwards. Extra arguments go to vitest
 * (e.g. `npm test -- --project unit`).
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres'
import { ROOT } from './lib/environment'
import { ensureDatabaseExists } from './lib/prepare-database'
import { run } from './lib/run'

const stamp = `${Date.now().toString(36)}_${process.pid}`
let embedded: RunningPostgres | undefined
let tempDir: string | undefined
let serverUrl: (db: string) => string

if (process.env.DATABASE_URL) {
  serverUrl = (db) => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${db}` }).toString()
} else {
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-test-'))
  // When run as root, PostgreSQL runs as the `postgres` user, which must reach the data directory.
  await chmod(tempDir, 0o755)
  embedded = await startEmbeddedPostgres(path.join(tempDir, 'pg'))
  serverUrl = embedded.url
}
const databases = { int: `atlas_int_${stamp}`, e2e: `atlas_e2e_${stamp}` }
for (const db of Object.values(databases)) await ensureDatabaseExists(serverUrl(db))

const resultsFile = path.join(tempDir ?? os.tmpdir(), `vitest-${stamp}.json`)
let exitCode = 0
try {
  await run(
    `${ROOT}/node_modules/.bin/vitest`,
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
    {
      ...process.env,
      DATABASE_URL: serverUrl(databases.int),
      E2E_DATABASE_URL: serverUrl(databases.e2e),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || `test-secret-${stamp}`,
      NODE_OPTIONS: '--no-deprecation',
    },
  )
} catch {
  exitCode = 1
}

try {
  const results = JSON.parse(await readFile(resultsFile, 'utf8')) as {
    success: boolean
    numPassedTests: number
    numFailedTests: number
    numFailedTestSuites: number
    numPendingTests: number
    numTodoTests: number
  }
  // A file that fails to load counts as a failed test, so the closing line never hides it.
  // A run that broke before its tests (e.g. in a global setup) reports success: false with nothing failed.
  const failed = results.numFailedTests + results.numFailedTestSuites || (results.success ? 0 : 1)
  // The plain closing line CI reads.
  console.log(`\ntests: ${results.numPassedTests} passed, ${failed} failed, ${results.numPendingTests + results.numTodoTests} skipped`)
  if (failed > 0 || !results.success) exitCode = 1
} catch {
  console.log('\ntests: 0 passed, 1 failed (the test run did not finish)')
  exitCode = 1
}

if (process.env.DATABASE_URL) {
  const admin = new pg.Client({ connectionString: serverUrl('postgres') })
  await admin.connect()
  for (const db of Object.values(databases)) await admin.query(`drop database if exists "${db}" with (force)`)
  await admin.end()
}
await embedded?.stop()
if (tempDir) await rm(tempDir, { recursive: true, force: true })
process.exit(exitCode)
