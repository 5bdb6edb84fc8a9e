/**
 * `npm test`: the whole suite against real PostgreSQL. Uses the server named by
 * DATABASE_URL, or starts an embedded one in a temporary directory; either way
 * each run gets fresh databases (one for integration tests, one for the
 * end-to-end app), dropped afterwards. Extra arguments go to vitest
 * (e.g. `npm test -- --project unit`).
 */
import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { ROOT } from './lib/environment'
import { ensureDatabaseExists } from './lib/prepare-database'
import { run } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'

const stamp = `${Date.now().toString(36)}_${process.pid}`
const server = await scratchPostgres('test')
const serverUrl = server.url
const databases = { int: `atlas_int_${stamp}`, e2e: `atlas_e2e_${stamp}` }
for (const db of Object.values(databases)) await ensureDatabaseExists(serverUrl(db))

const resultsFile = path.join(os.tmpdir(), `atlas-vitest-${stamp}.json`)
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
await server.stop()
await rm(resultsFile, { force: true })
process.exit(exitCode)
