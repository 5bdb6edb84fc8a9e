/**
 * Updates many existing practices at once, as Payload's `update` does: a new latest
 * version per practice (older ones no longer latest; every version is kept, as the collection says); as a
 * draft the document (the published state) is left as it is, when publishing it is
 * rewritten too. Written in bulk like `createPractices`; a test compares it with the
 * Local API. Fields an input does not describe (who submitted it, created at, ...)
 * are carried over from the practice's latest version; the workflow state follows the
 * same rule as a save through the Local API (`stateAfterSave`).
 *
 * The caller has validated the inputs; the collection's own update access function
 * is asked here. Runs inside `req`'s transaction.
 */
import { sql } from '@payloadcms/db-postgres'
import { Forbidden, type Payload, type PayloadRequest, type Where } from 'payload'

import { findInParts, partsOf } from '@/data/values-per-query'
import type { PracticeInput } from '@/framework/practice-schema'
import { currentOpenRound, noRoundValues, roundValuesAfterSave, storedRoundValues } from '@/rounds/round-verification'
import { stateAfterSave } from '@/workflow/states'
import { withMaskTriggersHeld } from './mask-triggers-held'
import type { Row, TableRows } from './document-rows'
import { addDocumentRows, addVersionRows, practiceValues, replaceDocuments, transactionDb, writeRows } from './practice-rows'
import type { References } from './to-payload-data'

export interface PracticeUpdate {
  id: number
  input: PracticeInput
}

export async function updatePractices(payload: Payload, updates: PracticeUpdate[], refs: References, req: PayloadRequest, options: { publish: boolean }): Promise<void> {
  if (updates.length === 0) return
  const config = payload.collections.practices.config
  const ids = updates.map((u) => u.id)
  const status = options.publish ? 'published' : 'draft'
  await checkUpdateAccess(payload, req, ids, status)

  const now = new Date().toISOString()
  // toPayloadData writes every field it owns, empty or not, so any input names them all.
  const described = Object.keys(practiceValues(updates[0].input, refs, {}).values.en!)
  const carried = await carriedValues(payload, req, ids, described)
  // The round fields as the practices' applyRoundVerification hook sets them: from the document table, not the latest version.
  const db = await transactionDb(payload, req)
  const stored = await storedRoundValues(db, ids)
  const open = options.publish ? await currentOpenRound(db) : null
  const out: TableRows = new Map()
  for (const { id, input } of updates) {
    const earlier = carried.get(id)
    const rounds = roundValuesAfterSave(stored.get(id) ?? noRoundValues, { publishing: options.publish, country: input.country, open, at: now })
    const practice = practiceValues(input, refs, { ...earlier, ...rounds, _status: status, workflowState: stateAfterSave(earlier?.workflowState, status), updatedAt: now })
    if (options.publish) addDocumentRows(out, config.flattenedFields, practice, id)
    addVersionRows(out, config.flattenedFields, practice, id, now)
  }
  // Only a published write touches the documents' select tables, and it rewrites their rows with the bit sets.
  await withMaskTriggersHeld(db, async () => {
    if (options.publish) await replaceDocuments(payload, req, config.flattenedFields, out, ids)
    await writeRows(payload, req, out)
  })

  await db.execute(sql`UPDATE _practices_v SET latest = false WHERE parent_id = ANY(${sql.param(ids)}::int[]) AND latest AND updated_at < ${now}::timestamptz`)
}

async function checkUpdateAccess(payload: Payload, req: PayloadRequest, ids: number[], status: string): Promise<void> {
  if (!req.user) return
  const access = await payload.collections.practices.config.access.update({ req, data: { _status: status } })
  if (access === true) return
  if (access === false) throw new Forbidden(req.t)
  let allowed = 0
  for (const part of partsOf(ids)) allowed += (await payload.count({ collection: 'practices', where: { and: [access as Where, { id: { in: part } }] }, req })).totalDocs
  if (allowed !== ids.length) throw new Forbidden(req.t)
}

/**
 * The values of the fields an input does not describe, from each practice's latest
 * version (or its document, for one written without versions).
 */
async function carriedValues(payload: Payload, req: PayloadRequest, ids: number[], described: string[]): Promise<Map<number, Row>> {
  const fields = payload.collections.practices.config.flattenedFields.filter((f) => !described.includes(f.name) && f.name !== 'updatedAt')
  const select = Object.fromEntries(fields.map((f) => [f.name, true]))
  const query = { collection: 'practices', depth: 0, limit: 0, pagination: false, select, req } as const
  const latest = (await findInParts(ids, (part) => payload.find({ ...query, where: { id: { in: part } }, draft: true }))) as unknown as Row[]
  const found = new Map(latest.map((doc) => [doc.id as number, doc]))
  const missing = ids.filter((id) => !found.has(id))
  for (const doc of (await findInParts(missing, (part) => payload.find({ ...query, where: { id: { in: part } } }))) as unknown as Row[]) found.set(doc.id as number, doc)
  return new Map([...found].map(([id, doc]) => [id, Object.fromEntries(fields.map((f) => [f.name, doc[f.name]]))]))
}
