/** A tool (import, export, ...) run beside the app uses the embedded PostgreSQL the app already holds. */
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { expect, it } from 'vitest'

import { sharedEmbeddedPostgres, startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'

it('connects to the embedded PostgreSQL another process runs, and refuses to start a second one on the same data', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-shared-'))
  await chmod(dir, 0o755)
  const dataDir = path.join(dir, 'pg')
  try {
    expect(sharedEmbeddedPostgres(dataDir)).toBeUndefined()
    const running = await startEmbeddedPostgres(dataDir)
    try {
      const shared = sharedEmbeddedPostgres(dataDir)
      expect(shared).toBeDefined()
      const client = new pg.Client({ connectionString: shared!('postgres') })
      await client.connect()
      const { rows } = await client.query('SELECT 1 AS one')
      await client.end()
      expect(rows[0].one).toBe(1)
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(/already in use/)
    } finally {
      await running.stop()
    }
    expect(sharedEmbeddedPostgres(dataDir)).toBeUndefined()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
})
