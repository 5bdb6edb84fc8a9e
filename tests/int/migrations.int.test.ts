/** The committed migrations describe the collections exactly: changing a collection without `npm run migrate:create` fails here. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { payloadForTests } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await payloadForTests()
})
afterAll(async () => payload?.destroy())

it('has a migration for every schema change', async () => {
  const db = payload.db as unknown as {
    migrationDir: string
    schema: unknown
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: unknown) => Promise<unknown>
      generateMigration: (before: unknown, after: unknown) => Promise<string[]>
    }
  }
  const latest = readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)
  expect(latest, 'no migration snapshot committed').toBeDefined()
  const snapshot = JSON.parse(readFileSync(path.join(db.migrationDir, latest!), 'utf8'))
  const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
  const pending = await generateMigration(snapshot, await generateDrizzleJson(db.schema))
  expect(pending, 'collections changed without a migration: run `npm run migrate:create -- <name>`').toEqual([])
})

it('has applied every committed migration to the test database', async () => {
  const applied = await payload.find({ collection: 'payload-migrations', limit: 100, depth: 0 })
  const committed = readdirSync(path.resolve('src/migrations')).filter((f) => /^\d{8}_\d{6}_.*\.ts$/.test(f))
  expect(applied.docs.map((m) => m.name).filter((n) => n !== 'dev').sort()).toEqual(committed.map((f) => f.replace(/\.ts$/, '')).sort())
})
