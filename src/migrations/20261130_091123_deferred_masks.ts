import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { maskTriggerFunctionSql } from '@/data/facet-masks-sql'

// Hand-written (no schema change): the facet-mask triggers can be held back by a bulk write (src/practice-input/mask-triggers-held.ts).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(maskTriggerFunctionSql({ deferrable: true })))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(maskTriggerFunctionSql({ deferrable: false })))
}
