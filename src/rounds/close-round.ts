import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { Refusal } from '@/access/refusal'
import { roundForStep, runRoundStep, type Actor } from './round-step'
import { freezeSnapshot } from './round-snapshot'

/**
 * Closes the open round `roundId` (admins): sets its closedAt and freezes its snapshot, in one statement: for every
 * practice published now, its latest published version goes into round_versions. The snapshot is the whole inventory
 * as the public saw it, whatever the round's countries. The practices' verification states stay as the round left
 * them (the progress view of a closed round shows its outcome) until the next round is opened.
 */
export async function closeRound(payload: Payload, roundId: number, user: Actor, req?: PayloadRequest): Promise<{ practices: number }> {
  return runRoundStep(payload, user, 'closeRound', req, async (run) => {
    const { db, t } = run
    const round = await roundForStep(run, roundId)
    if (round.closedAt) throw new Refusal(t.errors.alreadyClosed({ name: round.name }), 409)
    if (!round.opensAt) throw new Refusal(t.errors.notOpen({ name: round.name }), 409)

    await db.execute(sql`UPDATE rounds SET closed_at = now(), updated_at = now() WHERE id = ${round.id}`)
    return { practices: await freezeSnapshot(db, round.id) }
  })
}
