import { ROOT } from '../../scripts/lib/environment'
import { runScript } from '../../scripts/lib/run'

/** Migrates and seeds the database at `url` in a child process (Payload's config reads DATABASE_URL once per process). */
export async function migrateAndSeed(url: string): Promise<void> {
  await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...process.env, DATABASE_URL: url, SEED_DEMO: 'true' }, { timeoutMs: 300_000 })
}
