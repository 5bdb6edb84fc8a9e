import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '@/practice-input/practice-rows'
import { freezeSnapshot, latestPublishedVersionsSql } from '@/rounds/round-snapshot'

/**
 * The demo's closed update round, so that a fresh start shows last-verified dates, a round's progress and a snapshot.
 * Its dates are demo configuration, not facts from any source: no such round took place. Every published demo
 * practice counts as confirmed unchanged in it on its deadline day.
 */
export const demoRound = {
  name: '2025',
  opensAt: '2025-01-15T09:00:00.000Z',
  deadline: '2025-03-31T12:00:00.000Z',
  closedAt: '2025-04-01T09:00:00.000Z',
}

/** Writes the demo round after the demo practices are published, in the seed's transaction. */
export async function seedDemoRound(payload: Payload, req: PayloadRequest): Promise<void> {
  const { name, opensAt, deadline, closedAt } = demoRound
  const { id } = await payload.create({ collection: 'rounds', data: { name, deadline }, req })
  const db = await transactionDb(payload, req)
  await db.execute(sql`UPDATE rounds SET opens_at = ${opensAt}::timestamptz, closed_at = ${closedAt}::timestamptz WHERE id = ${id}`)
  // The published document and its version alike: public pages read the one, the round's snapshot names the other.
  await db.execute(sql`
    UPDATE practices SET verify_state = 'confirmed', verify_round_id = ${id}, last_verified_at = ${deadline}::timestamptz, last_verified_round_id = ${id}
    WHERE _status = 'published'`)
  await db.execute(sql`
    UPDATE _practices_v SET version_verify_state = 'confirmed', version_verify_round_id = ${id},
      version_last_verified_at = ${deadline}::timestamptz, version_last_verified_round_id = ${id}
    WHERE id IN (SELECT version_id FROM (${latestPublishedVersionsSql}) latest)`)
  await freezeSnapshot(db, id)
}
