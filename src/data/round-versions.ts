import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'

import { transactionDb } from '@/practice-input/practice-rows'

/**
 * The `_practices_v` ids of round `roundId`'s snapshot, as a subquery to embed (`WHERE v.id IN (${roundVersionIdsSql(id)})`),
 * so that no id list is ever loaded or sent: a snapshot holds one row per published practice.
 */
export const roundVersionIdsSql = (roundId: number): SQL => sql`SELECT "version_id" FROM "round_versions" WHERE "round_id" = ${roundId}`

export interface RoundVersion {
  practiceId: number
  versionId: number
}

/**
 * One page of round `roundId`'s snapshot, in practice order, after practice `afterPracticeId` (keyset paging: pass the
 * last page's last practiceId to read the next; an empty page is the end). Empty for a round not closed.
 */
export async function readRoundVersions(
  payload: Payload,
  roundId: number,
  { afterPracticeId = 0, limit = 500, req }: { afterPracticeId?: number; limit?: number; req?: PayloadRequest } = {},
): Promise<RoundVersion[]> {
  const { rows } = await (await transactionDb(payload, req)).execute(sql`
    SELECT "practice_id", "version_id" FROM "round_versions"
    WHERE "round_id" = ${roundId} AND "practice_id" > ${afterPracticeId}
    ORDER BY "practice_id" LIMIT ${Math.min(Math.max(1, limit), 5000)}`)
  return rows.map((row) => ({ practiceId: Number(row.practice_id), versionId: Number(row.version_id) }))
}
