/**
 * Practices written in bulk (set-based SQL) read back exactly as those Payload itself
 * writes: the same document, the same latest version, the same catalogue bit sets,
 * as a draft and as published.
 */
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seedPractices } from '../../seed'
import { practiceInputSchema } from '@/framework/practice-schema'
import { createPractices } from '@/practice-input/create-practices'
import { inputDigest } from '@/practice-input/input-digest'
import { savePractice } from '@/practice-input/save-practice'
import { comparableRecord } from '../support/comparable-record'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let admin: TestUser
beforeAll(async () => {
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
})
afterAll(async () => payload?.destroy())

async function read(id: number, draft: boolean) {
  const document = await payload.findByID({ collection: 'practices', id, draft, locale: 'all', depth: 0, user: admin, overrideAccess: false })
  const versions = await payload.findVersions({ collection: 'practices', where: { parent: { equals: id }, latest: { equals: true } }, locale: 'all', depth: 0 })
  const { rows } = await payload.db.drizzle.execute(
    sql`SELECT to_jsonb(p) - 'id' - 'slug' - 'created_at' - 'updated_at' - 'input_digest' AS row, p.input_digest AS digest FROM practices p WHERE id = ${id}`,
  )
  return { document: comparableRecord(document), latestVersion: comparableRecord(versions.docs[0]?.version), tableRow: rows[0].row, digest: rows[0].digest }
}

const cases = seedPractices.flatMap((seed) => [false, true].map((publish) => [seed.slug, publish ? 'published' : 'a draft', seed, publish] as const))

it.each(cases)('stores %s as %s the way the Local API does', { timeout: 60_000 }, async (slug, _, seed, publish) => {
  const organisations = new Map((await payload.find({ collection: 'organisations', limit: 0, pagination: false, depth: 0 })).docs.map((o) => [o.slug, o.id]))
  const input = practiceInputSchema.parse(seed)
  const suffix = publish ? 'published' : 'draft'
  const req = await createLocalReq({ user: admin }, payload)
  await initTransaction(req)
  const [apiInput, bulkInput] = [{ ...input, slug: `${slug}-api-${suffix}` }, { ...input, slug: `${slug}-bulk-${suffix}` }]
  const viaApi = await savePractice(payload, apiInput, { organisations }, req, { publish })
  const [viaBulk] = await createPractices(payload, [bulkInput], { organisations }, req, { publish })
  await commitTransaction(req)

  const [api, bulk] = [await read(viaApi.id, !publish), await read(viaBulk, !publish)]
  expect(bulk.document).toEqual(api.document)
  expect(bulk.latestVersion).toEqual(api.latestVersion)
  expect(bulk.tableRow).toEqual(api.tableRow)
  expect([api.digest, bulk.digest]).toEqual([inputDigest(apiInput), inputDigest(bulkInput)])
  expect(bulk.document).toMatchObject({ _status: publish ? 'published' : 'draft', title: { en: input.title.en } })
  // Other test files count the published practices of this shared database.
  await payload.delete({ collection: 'practices', where: { id: { in: [viaApi.id, viaBulk] } } })
})

it('holds the bit-set triggers back only during its own write: a save after it in the same transaction keeps its bit sets', { timeout: 60_000 }, async () => {
  const organisations = new Map((await payload.find({ collection: 'organisations', limit: 0, pagination: false, depth: 0 })).docs.map((o) => [o.slug, o.id]))
  const input = practiceInputSchema.parse(seedPractices[0])
  const req = await createLocalReq({ user: admin }, payload)
  await initTransaction(req)
  const [viaBulk] = await createPractices(payload, [{ ...input, slug: 'masks-after-bulk-bulk' }], { organisations }, req, { publish: true })
  const viaApi = await savePractice(payload, { ...input, slug: 'masks-after-bulk-api' }, { organisations }, req, { publish: true })
  await commitTransaction(req)

  const [api, bulk] = [await read(viaApi.id, false), await read(viaBulk, false)]
  expect(api.tableRow).toEqual(bulk.tableRow)
  expect((api.tableRow as { themes_mask: number }).themes_mask).toBeGreaterThan(0)
  await payload.delete({ collection: 'practices', where: { id: { in: [viaApi.id, viaBulk] } } })
})
