import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { searchDocumentInColumnSql, searchDocumentInTriggerSql } from '@/data/practice-search-table-sql'

/** Hand-written (no schema change Payload knows of): the search triggers compute the search documents, of published practices only (src/data/practice-search-table-sql.ts). */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(searchDocumentInTriggerSql))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(searchDocumentInColumnSql))
}
