/**
 * DATABASE_REPLICA_URLS reaches Payload's adapter, and readFromPrimary reads the primary. The "replica" here is a
 * database with the schema but no practices, so where a read went shows in its answer.
 */
import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { ROOT } from '../../scripts/lib/environment'
import { ensureDatabaseExists } from '../../scripts/lib/prepare-database'
import { runScript } from '../../scripts/lib/run'
import { dropDatabase, withDatabase } from '../support/app-instance'

const primary = process.env.DATABASE_URL!
const replica = withDatabase(primary, (name) => `${name}_replica`)

beforeAll(async () => {
  await ensureDatabaseExists(replica)
  await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...process.env, DATABASE_URL: replica }, { timeoutMs: 600_000 })
}, 600_000)

afterAll(() => dropDatabase(replica))

it('sends Local API reads outside a transaction to the replica, and those through readFromPrimary to the primary', { timeout: 180_000 }, () => {
  const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/support/replica-reads.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: primary, DATABASE_REPLICA_URLS: replica, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 170_000,
  })
  expect(run.status, run.stderr).toBe(0)
  const counts = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { outside: number; primary: number }
  expect(counts.outside).toBe(0)
  expect(counts.primary).toBeGreaterThan(20)
})
