import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices" ADD COLUMN "input_digest" varchar;
  ALTER TABLE "_practices_v" ADD COLUMN "version_input_digest" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices" DROP COLUMN "input_digest";
  ALTER TABLE "_practices_v" DROP COLUMN "version_input_digest";`)
}
