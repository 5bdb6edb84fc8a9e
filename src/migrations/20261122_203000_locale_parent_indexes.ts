import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: an index on "_parent_id" of every "_locales" table of practices and
 * their versions. Payload indexes them only on ("_locale", "_parent_id"), which the
 * cascade from a deleted array row or version cannot use: each such delete then scans
 * the whole table, and replacing the rows of 10,000 practices in one import took minutes.
 */
const tables = [
  'practices_locales',
  'practices_pathway_locales',
  'practices_indicators_locales',
  'practices_persons_locales',
  '_practices_v_locales',
  '_practices_v_version_pathway_locales',
  '_practices_v_version_indicators_locales',
  '_practices_v_version_persons_locales',
]

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of tables) await db.execute(sql.raw(`CREATE INDEX "${table}_parent_idx" ON "${table}" USING btree ("_parent_id")`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of tables) await db.execute(sql.raw(`DROP INDEX "${table}_parent_idx"`))
}
