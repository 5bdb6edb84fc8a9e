import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { addMaskColumnsSql, dropMaskColumnsSql, refreshMasksFunctionSql } from '@/data/facet-masks-sql'

/** The mask facets before this migration, and the one it adds. */
const earlierMasks = ['themes', 'audiences', 'ictFunctions', 'channels', 'languages']
const addedMasks = ['mainFocus']

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_main_focus" AS ENUM('careerDevelopment', 'accessToGuidance');
  CREATE TYPE "public"."enum_practices_erasmus_plus" AS ENUM('yes', 'no', 'notStated');
  CREATE TYPE "public"."enum__practices_v_version_main_focus" AS ENUM('careerDevelopment', 'accessToGuidance');
  CREATE TYPE "public"."enum__practices_v_version_erasmus_plus" AS ENUM('yes', 'no', 'notStated');
  CREATE TABLE "practices_main_focus" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_practices_main_focus",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_practices_v_version_main_focus" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__practices_v_version_main_focus",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "practices" ADD COLUMN "erasmus_plus" "enum_practices_erasmus_plus";
  ALTER TABLE "_practices_v" ADD COLUMN "version_erasmus_plus" "enum__practices_v_version_erasmus_plus";
  ALTER TABLE "practices_main_focus" ADD CONSTRAINT "practices_main_focus_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_practices_v_version_main_focus" ADD CONSTRAINT "_practices_v_version_main_focus_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_practices_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_main_focus_order_idx" ON "practices_main_focus" USING btree ("order");
  CREATE INDEX "practices_main_focus_parent_idx" ON "practices_main_focus" USING btree ("parent_id");
  CREATE INDEX "_practices_v_version_main_focus_order_idx" ON "_practices_v_version_main_focus" USING btree ("order");
  CREATE INDEX "_practices_v_version_main_focus_parent_idx" ON "_practices_v_version_main_focus" USING btree ("parent_id");`)

  // Catalogue facets (src/data/facet-masks-sql.ts): the indexes the catalogue_search migration gives every
  // facet, main focus's bit set with its triggers, and atlas_refresh_masks over all masks.
  await db.execute(sql`
  CREATE INDEX "practices_main_focus_value_parent_idx" ON "practices_main_focus" USING btree ("value", "parent_id");
  CREATE INDEX "practices_published_erasmus_plus_idx" ON "practices" ("erasmus_plus") WHERE "_status" = 'published';`)
  await db.execute(sql.raw(addMaskColumnsSql(addedMasks)))
  await db.execute(sql.raw(refreshMasksFunctionSql([...earlierMasks, ...addedMasks])))
  await db.execute(sql`SELECT atlas_refresh_masks(NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(refreshMasksFunctionSql(earlierMasks)))
  await db.execute(sql.raw(dropMaskColumnsSql(addedMasks)))
  await db.execute(sql`
  DROP INDEX "practices_published_erasmus_plus_idx";`)
  await db.execute(sql`
   DROP TABLE "practices_main_focus" CASCADE;
  DROP TABLE "_practices_v_version_main_focus" CASCADE;
  ALTER TABLE "practices" DROP COLUMN "erasmus_plus";
  ALTER TABLE "_practices_v" DROP COLUMN "version_erasmus_plus";
  DROP TYPE "public"."enum_practices_main_focus";
  DROP TYPE "public"."enum_practices_erasmus_plus";
  DROP TYPE "public"."enum__practices_v_version_main_focus";
  DROP TYPE "public"."enum__practices_v_version_erasmus_plus";`)
}
