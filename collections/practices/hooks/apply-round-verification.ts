import type { CollectionBeforeChangeHook } from 'payload'

import { transactionDb } from '@/practice-input/practice-rows'
import { currentOpenRound, noRoundValues, roundValuesAfterSave, storedRoundValues } from '@/rounds/round-verification'
import { ROUND_CONFIRMATION, type RoundConfirmation } from '@/rounds/step-context'

/**
 * Sets the round fields, which no client may write (see round-fields.ts): a confirmation (confirmPractice) marks the
 * practice confirmed and verified now; any other save follows `roundValuesAfterSave` from the document table's values.
 */
export const applyRoundVerification: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req, context }) => {
  const confirmation = context[ROUND_CONFIRMATION] as RoundConfirmation | undefined
  if (confirmation) {
    const { roundId, at } = confirmation
    return Object.assign(data, { verifyState: 'confirmed', verifyRound: roundId, lastVerifiedAt: at, lastVerifiedRound: roundId })
  }
  const db = await transactionDb(req.payload, req)
  const id = operation === 'update' ? (originalDoc?.id as number | undefined) : undefined
  const stored = (id !== undefined && (await storedRoundValues(db, [id])).get(id)) || noRoundValues
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  const open = publishing ? await currentOpenRound(db) : null
  const country = (data.country ?? originalDoc?.country) as string | undefined
  return Object.assign(data, roundValuesAfterSave(stored, { publishing, country, open, at: new Date().toISOString() }))
}
