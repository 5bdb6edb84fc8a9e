/**
 * Updates of existing practices written in bulk read back as those the Local API
 * saves: as a draft, the same latest draft and the published document untouched;
 * published, the same document; one latest version, no more versions than the
 * collection keeps.
 */
import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { seedPractices } from '../../seed'
import { practiceInputSchema, type PracticeInput } from '@/framework/practice-schema'
import { updatePractices } from '@/practice-input/update-practices'
import { savePractice } from '@/practice-input/save-practice'
import { transitionPractice } from '@/workflow/transition-practice'
import { comparableRecord } from '../support/comparable-record'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let admin: TestUser
let organisations: Map<string, number>
beforeAll(async () => {
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
  organisations = new Map((await payload.find({ collection: 'organisations', limit: 0, pagination: false, depth: 0 })).docs.map((o) => [o.slug, o.id]))
})
afterAll(async () => payload?.destroy())

const read = async (id: number, draft: boolean) =>
  comparableRecord(await payload.findByID({ collection: 'practices', id, draft, locale: 'all', depth: 0, user: admin, overrideAccess: false }))
const versions = (id: number) => payload.findVersions({ collection: 'practices', where: { parent: { equals: id } }, limit: 0, pagination: false, depth: 0 })

/** Runs `write` in a transaction of its own, as the import does. */
async function inTransaction(write: (req: Awaited<ReturnType<typeof createLocalReq>>) => Promise<unknown>) {
  const req = await createLocalReq({ user: admin }, payload)
  await initTransaction(req)
  await write(req)
  await commitTransaction(req)
}

async function publishedPractice(input: PracticeInput): Promise<number> {
  let id = 0
  await inTransaction(async (req) => (id = (await savePractice(payload, input, { organisations }, req, { publish: true })).id))
  // A draft submitted for review: the workflow fields, which no input describes, must carry over.
  await payload.update({ collection: 'practices', id, data: {}, draft: true, user: admin, overrideAccess: false })
  await transitionPractice(payload, { practiceId: id, transition: 'submit' }, admin)
  return id
}

/** The same practice with changes of every sort: a text, an emptied field, a shorter list, a dropped translation. */
function changed(input: PracticeInput): PracticeInput {
  const list = (value: unknown) => (Array.isArray(value) ? value : [])
  return { ...input, summary: { en: 'A changed summary.' }, region: undefined, themes: list(input.themes).slice(0, 1), indicators: list(input.indicators).slice(1) }
}

const cases = seedPractices.flatMap((seed) => [false, true].map((publish) => [seed.slug, publish ? 'published' : 'a new draft', seed, publish] as const))

it.each(cases)('updates %s as %s the way the Local API does', { timeout: 60_000 }, async (slug, _, seed, publish) => {
  const input = practiceInputSchema.parse(seed)
  const suffix = publish ? 'published' : 'draft'
  const [apiSlug, bulkSlug] = [`${slug}-update-api-${suffix}`, `${slug}-update-bulk-${suffix}`]
  const [viaApi, viaBulk] = [await publishedPractice({ ...input, slug: apiSlug }), await publishedPractice({ ...input, slug: bulkSlug })]
  const before = await read(viaBulk, false)
  await inTransaction((req) => savePractice(payload, { ...changed(input), slug: apiSlug }, { organisations }, req, { id: viaApi, publish }))
  await inTransaction((req) => updatePractices(payload, [{ id: viaBulk, input: { ...changed(input), slug: bulkSlug } }], { organisations }, req, { publish }))

  expect(await read(viaBulk, true)).toEqual(await read(viaApi, true))
  expect(await read(viaBulk, false)).toEqual(await read(viaApi, false))
  expect(await read(viaBulk, true)).toMatchObject({ _status: suffix, workflowState: publish ? 'published' : 'submitted', submittedBy: admin.id, summary: { en: 'A changed summary.' } })
  if (!publish) expect(await read(viaBulk, false)).toEqual(before)
  expect((await versions(viaBulk)).docs.filter((v) => v.latest)).toHaveLength(1)
  const masks = await payload.db.drizzle.execute(
    sql`SELECT id, themes_mask, audiences_mask, ict_functions_mask, channels_mask, languages_mask FROM practices WHERE id IN (${viaApi}, ${viaBulk}) ORDER BY id`,
  )
  const [apiBits, bulkBits] = masks.rows.map(({ id: _, ...bits }) => bits)
  expect(bulkBits).toEqual(apiBits)
  await payload.delete({ collection: 'practices', where: { id: { in: [viaApi, viaBulk] } } })
})

it('keeps every version: closed rounds’ snapshots and the history refer to them', { timeout: 60_000 }, async () => {
  const input = { ...practiceInputSchema.parse(seedPractices[0]), slug: 'draft-versions-many' }
  const id = await publishedPractice(input)
  const before = (await versions(id)).docs.length
  // More than the 50 versions a practice kept before update rounds.
  const updates = 51
  for (let i = 1; i <= updates; i++) {
    await inTransaction((req) => updatePractices(payload, [{ id, input: { ...input, summary: { en: `Summary ${i}` } } }], { organisations }, req, { publish: false }))
  }
  const { docs } = await versions(id)
  expect(docs).toHaveLength(before + updates)
  expect(docs.filter((v) => v.latest).map((v) => v.version.summary)).toEqual([`Summary ${updates}`])
  await payload.delete({ collection: 'practices', id })
})

it('refuses a coordinator 70,000 updates, more ids than PostgreSQL takes parameters in one statement, as forbidden', async () => {
  const coordinator = await demoUser(payload, 'coordinator.be@example.org')
  const clbchat = (await payload.find({ collection: 'practices', where: { slug: { equals: 'clbchat' } }, depth: 0, limit: 1 })).docs[0]!
  const input = practiceInputSchema.parse(seedPractices.find((seed) => seed.slug === 'clbchat'))
  // Its own country's practice, and ids of no practice at all: the coordinator may not change those.
  const updates = [clbchat.id, ...Array.from({ length: 69_999 }, (_, i) => 10_000_000 + i)].map((id) => ({ id, input }))
  const req = await createLocalReq({ user: coordinator }, payload)
  await expect(updatePractices(payload, updates, { organisations }, req, { publish: false })).rejects.toMatchObject({ status: 403 })
})
