import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { Refusal } from '@/access/refusal'
import type { AccessUser } from '@/access/roles'
import { allowsCountry } from '@/access/where'
import { requestLocale } from '@/i18n/request-locale'
import { currentOpenRound, storedRoundValues } from './round-verification'
import { runRoundStep, type Actor } from './round-step'
import { ROUND_CONFIRMATION, type RoundConfirmation } from './step-context'

/**
 * Confirms a published practice unchanged in the open round (its country's coordinators, admins): it becomes
 * "confirmed", last verified now in this round. This writes a new published version with the same content, because
 * the public reads the published document and each closed round's snapshot names a version: the version says when
 * it was verified, and an older round's snapshot keeps its own date. The practice's "updated at" stays that of its
 * content. Refused with 409 when the practice is not to verify in the open round, or has changes not yet published
 * (publishing them verifies it).
 */
export async function confirmPractice(payload: Payload, practiceId: number, user: Actor, req?: PayloadRequest): Promise<{ roundId: number; lastVerifiedAt: string }> {
  return runRoundStep(payload, user, 'confirm', req, async ({ req, db, t }) => {
    await db.execute(sql`SELECT id FROM practices WHERE id = ${practiceId} FOR UPDATE`)
    const asUser = { overrideAccess: false, user, req, depth: 0 } as const
    const practice = await payload.findByID({ collection: 'practices', id: practiceId, draft: true, disableErrors: true, ...asUser })
    if (!practice) throw new Refusal(t.errors.practiceNotFound({ id: practiceId }), 404)
    const country = typeof practice.country === 'object' && practice.country ? practice.country.id : practice.country
    if (!allowsCountry('practices', 'confirm', user as AccessUser, country)) {
      const { name } = await payload.findByID({ collection: 'countries', id: country!, locale: requestLocale(req), depth: 0, req })
      throw new Refusal(t.errors.notYourCountry({ country: name }), 403)
    }
    const open = await currentOpenRound(db)
    const stored = (await storedRoundValues(db, [practiceId])).get(practiceId)
    if (!open || stored?.verifyRound !== open.id || stored.verifyState !== 'toVerify') {
      throw new Refusal(t.errors.notToVerify({ title: practice.title ?? String(practiceId) }), 409)
    }
    if (practice.workflowState !== 'published') throw new Refusal(t.errors.unpublishedChanges({ title: practice.title ?? String(practiceId) }), 409)

    const { rows } = await db.execute(sql`SELECT updated_at FROM practices WHERE id = ${practiceId}`)
    const contentUpdatedAt = new Date(rows[0]!.updated_at as string).toISOString()
    const confirmation: RoundConfirmation = { roundId: open.id, at: new Date().toISOString() }
    await payload.update({ collection: 'practices', id: practiceId, data: { _status: 'published' }, draft: false, context: { [ROUND_CONFIRMATION]: confirmation }, ...asUser })
    // Payload stamps every save with "updated at"; a confirmation changed no content, so the practice keeps its date.
    await db.execute(sql`UPDATE practices SET updated_at = ${contentUpdatedAt}::timestamptz WHERE id = ${practiceId}`)
    await db.execute(sql`UPDATE _practices_v SET version_updated_at = ${contentUpdatedAt}::timestamptz WHERE parent_id = ${practiceId} AND latest`)
    return { roundId: open.id, lastVerifiedAt: confirmation.at }
  })
}
