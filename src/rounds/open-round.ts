import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { Refusal } from '@/access/refusal'
import { currentOpenRound } from './round-verification'
import { roundForStep, runRoundStep, type Actor } from './round-step'

/**
 * Opens round `roundId` (admins): sets its opensAt and marks every published practice of its countries (all, when
 * it names none) "to verify" in this round, in one statement over the document table (the published practices).
 * Refused with 409 when the round was opened before or another round is still open. Answers how many were marked.
 */
export async function openRound(payload: Payload, roundId: number, user: Actor, req?: PayloadRequest): Promise<{ marked: number }> {
  return runRoundStep(payload, user, 'openRound', req, async (run) => {
    const { db, t } = run
    const round = await roundForStep(run, roundId)
    if (round.closedAt) throw new Refusal(t.errors.alreadyClosed({ name: round.name }), 409)
    if (round.opensAt) throw new Refusal(t.errors.alreadyOpen({ name: round.name }), 409)
    const other = await currentOpenRound(db)
    if (other) throw new Refusal(t.errors.anotherOpen({ name: round.name, other: other.name }), 409)

    await db.execute(sql`UPDATE rounds SET opens_at = now(), updated_at = now() WHERE id = ${round.id}`)
    const { rows } = await db.execute(sql`
      WITH marked AS (
        UPDATE practices p SET verify_state = 'toVerify', verify_round_id = ${round.id}
        WHERE p._status = 'published'
          AND (NOT EXISTS (SELECT 1 FROM rounds_countries c WHERE c.parent_id = ${round.id})
               OR p.country_id IN (SELECT c.value::text FROM rounds_countries c WHERE c.parent_id = ${round.id}))
        RETURNING 1)
      SELECT count(*)::int AS n FROM marked`)
    return { marked: Number(rows[0]?.n ?? 0) }
  })
}
