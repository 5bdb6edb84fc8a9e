import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import type { SqlRunner } from '@/practice-input/write-rows'

/** The id of each published practice's latest published version (`_practices_v.id`), as a subquery with parent_id and version_id. */
export const latestPublishedVersionsSql: SQL = sql`
  SELECT v.parent_id, max(v.id) AS version_id
  FROM _practices_v v JOIN practices p ON p.id = v.parent_id
  WHERE p._status = 'published' AND v.version__status = 'published'
  GROUP BY v.parent_id`

/** Freezes round `roundId`'s snapshot in one statement: every published practice with its latest published version. Answers how many. */
export async function freezeSnapshot(db: SqlRunner, roundId: number): Promise<number> {
  const { rows } = await db.execute(sql`
    WITH frozen AS (
      INSERT INTO round_versions (round_id, practice_id, version_id)
      SELECT ${roundId}, latest.parent_id, latest.version_id FROM (${latestPublishedVersionsSql}) latest
      RETURNING 1)
    SELECT count(*)::int AS n FROM frozen`)
  return Number(rows[0]?.n ?? 0)
}
