/**
 * Creates many new practices at once, each with its first version, written as
 * set-based INSERTs into Payload's tables: the Local API makes a few dozen queries
 * per practice and locale (about 150 ms each), which puts a 10,000-row import at
 * half an hour. The rows are exactly what Payload would store (see
 * `document-rows.ts`); a test compares both ways.
 *
 * What the Local API would do besides storing, the caller has done: inputs are
 * validated by the framework's zod schema (which also checks what the practices'
 * beforeChange hooks check), and each one is put to the collection's own create
 * access function here. Runs inside `req`'s transaction.
 */
import { Forbidden, type Payload, type PayloadRequest } from 'payload'

import type { PracticeInput } from '@/framework/practice-schema'
import { currentOpenRound, noRoundValues, roundValuesAfterSave } from '@/rounds/round-verification'
import { stateAfterSave } from '@/workflow/states'
import { withMaskTriggersHeld } from './mask-triggers-held'
import { PendingId, type TableRows } from './document-rows'
import { addDocumentRows, addVersionRows, practiceValues, transactionDb, writeRows } from './practice-rows'
import { pipelinedBatches, yieldAfterSlice } from './pipelined-batches'
import type { References } from './to-payload-data'

/** Practices built and written together: large enough that a batch's few dozen statements cost little, small enough to overlap. */
const BATCH_SIZE = 1_000

/** Creates the practices `inputs`, in order, and returns their ids. */
export function createPractices(payload: Payload, inputs: readonly PracticeInput[], refs: References, req: PayloadRequest, options: { publish: boolean }): Promise<number[]>
/**
 * Creates the practices `inputsOf` gives for each batch of `items`, in order, and returns their ids. An import
 * passes its rows as items and reads and checks each batch as it comes, so that reading later rows overlaps
 * writing earlier ones.
 */
export function createPractices<T>(
  payload: Payload,
  items: readonly T[],
  refs: References,
  req: PayloadRequest,
  options: { publish: boolean; inputsOf: (batch: readonly T[]) => Promise<readonly PracticeInput[]> },
): Promise<number[]>
export async function createPractices(
  payload: Payload,
  items: readonly unknown[],
  refs: References,
  req: PayloadRequest,
  options: { publish: boolean; inputsOf?: (batch: readonly unknown[]) => Promise<readonly PracticeInput[]> },
): Promise<number[]> {
  const config = payload.collections.practices.config
  const status = options.publish ? 'published' : 'draft'
  // Without inputsOf, the items are the inputs (the first signature).
  const inputsOf = options.inputsOf ?? (async (batch: readonly unknown[]) => batch as readonly PracticeInput[])
  const now = new Date().toISOString()
  // As the practices' applyRoundVerification hook: published in the open round's scope, they count as updated there.
  const open = options.publish ? await currentOpenRound(await transactionDb(payload, req)) : null
  const ids: PendingId[] = []
  const build = async (batch: readonly unknown[]): Promise<TableRows> => {
    const inputs = await inputsOf(batch)
    if (req.user) {
      for (const input of inputs) {
        const allowed = await config.access.create({ req, data: { country: input.country, _status: status } })
        if (allowed !== true) throw new Forbidden(req.t)
      }
    }
    const out: TableRows = new Map()
    let slice = performance.now()
    for (const input of inputs) {
      const id = new PendingId('practices')
      const rounds = roundValuesAfterSave(noRoundValues, { publishing: options.publish, country: input.country, open, at: now })
      const practice = practiceValues(input, refs, { ...rounds, _status: status, workflowState: stateAfterSave(undefined, status), createdAt: now, updatedAt: now })
      addDocumentRows(out, config.flattenedFields, practice, id)
      addVersionRows(out, config.flattenedFields, practice, id, now)
      ids.push(id)
      slice = await yieldAfterSlice(slice)
    }
    return out
  }
  await withMaskTriggersHeld(await transactionDb(payload, req), () => pipelinedBatches(items, BATCH_SIZE, build, (out) => writeRows(payload, req, out)))
  return ids.map((id) => id.value!)
}
