import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

import { nameAccountsByEmailSql } from '../../collections/users/name-fallback-sql'

/** Users are named wherever the admin names a person: the schema has the column already; accounts without a name get their e-mail. */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(nameAccountsByEmailSql))
}

/** Names are data: nothing to undo. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
