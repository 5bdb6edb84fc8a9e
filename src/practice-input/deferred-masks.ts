/**
 * Bulk writes of practices hold the facet-mask triggers back (see `facet-masks-sql.ts`):
 * each select table's trigger would otherwise rewrite every practice row it touched,
 * one UPDATE of ten thousand rows per multi-valued facet, where one UPDATE of the
 * written practices, computing all masks, gives the same masks. The setting is local
 * to the transaction; a failed write rolls it back with everything else.
 */
import { sql } from '@payloadcms/db-postgres'

import { DEFER_MASKS_SETTING } from '@/data/facet-masks-sql'
import type { SqlRunner } from './write-rows'

/** Runs `write`, which returns the ids of the practice documents whose select rows it wrote or deleted, then refreshes their masks. */
export async function withMasksDeferred(db: SqlRunner, write: () => Promise<number[]>): Promise<void> {
  await db.execute(sql`SELECT set_config(${DEFER_MASKS_SETTING}, 'on', true)`)
  const ids = await write()
  await db.execute(sql`SELECT atlas_refresh_masks(${sql.param(ids)}::int[])`)
  await db.execute(sql`SELECT set_config(${DEFER_MASKS_SETTING}, 'off', true)`)
}
