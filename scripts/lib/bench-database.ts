import pg from 'pg'

import { ROOT } from './environment'
import { ensureDatabaseExists } from './prepare-database'
import { runScript } from './run'
import { insertSyntheticPractices } from './synthetic-practices'
import { insertSyntheticSelectRows } from './synthetic-select-rows'

/** The secret every bench process of one database shares (an app instance, the import, the comparison). */
export const BENCH_SECRET = 'bench-secret-shared-by-every-instance'

/** Migrates a fresh database at `url`, seeds the demo, adds `size` synthetic published practices; seconds taken to load them. */
export async function syntheticDatabase(url: string, size: number): Promise<number> {
  await ensureDatabaseExists(url)
  await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...process.env, DATABASE_URL: url, SEED_DEMO: 'true', PAYLOAD_SECRET: BENCH_SECRET }, { timeoutMs: 600_000 })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const started = performance.now()
    await insertSyntheticPractices(client, size)
    await insertSyntheticSelectRows(client)
    await client.query('VACUUM ANALYZE')
    return (performance.now() - started) / 1000
  } finally {
    await client.end()
  }
}
