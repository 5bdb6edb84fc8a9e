import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { createPracticeSearchSql, dropPracticeSearchSql } from '@/data/practice-search-table-sql'

/** Hand-written: the narrow copy of the search documents that the catalogue's text search reads (src/data/practice-search-table-sql.ts). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(createPracticeSearchSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(dropPracticeSearchSql))
}
