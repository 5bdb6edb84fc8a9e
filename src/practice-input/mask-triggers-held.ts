/**
 * Bulk writes of practices hold the facet-mask triggers back (see `facet-masks-sql.ts`): each select table's
 * trigger would otherwise rewrite every practice row it touched, one UPDATE of ten thousand rows per
 * multi-valued facet. A bulk write puts the bit sets into the practice rows it writes instead
 * (`facet-mask-values.ts`). The setting is local to the transaction; a failed write rolls it back with
 * everything else.
 */
import { sql } from '@payloadcms/db-postgres'

import { DEFER_MASKS_SETTING } from '@/data/facet-masks-sql'
import type { SqlRunner } from './write-rows'

/** Runs `write` with the mask triggers held back; `write` writes every practice row whose select rows it changes. */
export async function withMaskTriggersHeld(db: SqlRunner, write: () => Promise<void>): Promise<void> {
  await db.execute(sql`SELECT set_config(${DEFER_MASKS_SETTING}, 'on', true)`)
  await write()
  await db.execute(sql`SELECT set_config(${DEFER_MASKS_SETTING}, 'off', true)`)
}
