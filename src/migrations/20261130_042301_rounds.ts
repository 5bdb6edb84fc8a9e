import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { createRoundVersionsSql, dropRoundVersionsSql } from '@/rounds/round-versions-table-sql'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_verify_state" AS ENUM('toVerify', 'confirmed', 'updated');
  CREATE TYPE "public"."enum__practices_v_version_verify_state" AS ENUM('toVerify', 'confirmed', 'updated');
  CREATE TYPE "public"."enum_rounds_countries" AS ENUM('AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'AL', 'BA', 'GE', 'MD', 'ME', 'MK', 'RS', 'TR', 'UA', 'XK', 'GB');
  CREATE TABLE "rounds_countries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_rounds_countries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "rounds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"opens_at" timestamp(3) with time zone,
  	"deadline" timestamp(3) with time zone NOT NULL,
  	"closed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "practices" ADD COLUMN "verify_state" "enum_practices_verify_state";
  ALTER TABLE "practices" ADD COLUMN "verify_round_id" integer;
  ALTER TABLE "practices" ADD COLUMN "last_verified_at" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "last_verified_round_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_verify_state" "enum__practices_v_version_verify_state";
  ALTER TABLE "_practices_v" ADD COLUMN "version_verify_round_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_last_verified_at" timestamp(3) with time zone;
  ALTER TABLE "_practices_v" ADD COLUMN "version_last_verified_round_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rounds_id" integer;
  ALTER TABLE "rounds_countries" ADD CONSTRAINT "rounds_countries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "rounds_countries_order_idx" ON "rounds_countries" USING btree ("order");
  CREATE INDEX "rounds_countries_parent_idx" ON "rounds_countries" USING btree ("parent_id");
  CREATE UNIQUE INDEX "rounds_name_idx" ON "rounds" USING btree ("name");
  CREATE INDEX "rounds_updated_at_idx" ON "rounds" USING btree ("updated_at");
  CREATE INDEX "rounds_created_at_idx" ON "rounds" USING btree ("created_at");
  ALTER TABLE "practices" ADD CONSTRAINT "practices_verify_round_id_rounds_id_fk" FOREIGN KEY ("verify_round_id") REFERENCES "public"."rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "practices" ADD CONSTRAINT "practices_last_verified_round_id_rounds_id_fk" FOREIGN KEY ("last_verified_round_id") REFERENCES "public"."rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_verify_round_id_rounds_id_fk" FOREIGN KEY ("version_verify_round_id") REFERENCES "public"."rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_last_verified_round_id_rounds_id_fk" FOREIGN KEY ("version_last_verified_round_id") REFERENCES "public"."rounds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rounds_fk" FOREIGN KEY ("rounds_id") REFERENCES "public"."rounds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_verify_state_idx" ON "practices" USING btree ("verify_state");
  CREATE INDEX "practices_verify_round_idx" ON "practices" USING btree ("verify_round_id");
  CREATE INDEX "practices_last_verified_at_idx" ON "practices" USING btree ("last_verified_at");
  CREATE INDEX "practices_last_verified_round_idx" ON "practices" USING btree ("last_verified_round_id");
  CREATE INDEX "_practices_v_version_version_verify_state_idx" ON "_practices_v" USING btree ("version_verify_state");
  CREATE INDEX "_practices_v_version_version_verify_round_idx" ON "_practices_v" USING btree ("version_verify_round_id");
  CREATE INDEX "_practices_v_version_version_last_verified_at_idx" ON "_practices_v" USING btree ("version_last_verified_at");
  CREATE INDEX "_practices_v_version_version_last_verified_round_idx" ON "_practices_v" USING btree ("version_last_verified_round_id");
  CREATE INDEX "payload_locked_documents_rels_rounds_id_idx" ON "payload_locked_documents_rels" USING btree ("rounds_id");`)
  // Hand-written: each closed round's snapshot (src/rounds/round-versions-table-sql.ts).
  await db.execute(sql.raw(createRoundVersionsSql))
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(dropRoundVersionsSql))
  await db.execute(sql`
   ALTER TABLE "rounds_countries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "rounds" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rounds_countries" CASCADE;
  DROP TABLE "rounds" CASCADE;
  ALTER TABLE "practices" DROP CONSTRAINT "practices_verify_round_id_rounds_id_fk";
  
  ALTER TABLE "practices" DROP CONSTRAINT "practices_last_verified_round_id_rounds_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_verify_round_id_rounds_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_last_verified_round_id_rounds_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rounds_fk";
  
  DROP INDEX "practices_verify_state_idx";
  DROP INDEX "practices_verify_round_idx";
  DROP INDEX "practices_last_verified_at_idx";
  DROP INDEX "practices_last_verified_round_idx";
  DROP INDEX "_practices_v_version_version_verify_state_idx";
  DROP INDEX "_practices_v_version_version_verify_round_idx";
  DROP INDEX "_practices_v_version_version_last_verified_at_idx";
  DROP INDEX "_practices_v_version_version_last_verified_round_idx";
  DROP INDEX "payload_locked_documents_rels_rounds_id_idx";
  ALTER TABLE "practices" DROP COLUMN "verify_state";
  ALTER TABLE "practices" DROP COLUMN "verify_round_id";
  ALTER TABLE "practices" DROP COLUMN "last_verified_at";
  ALTER TABLE "practices" DROP COLUMN "last_verified_round_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_verify_state";
  ALTER TABLE "_practices_v" DROP COLUMN "version_verify_round_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_last_verified_at";
  ALTER TABLE "_practices_v" DROP COLUMN "version_last_verified_round_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rounds_id";
  DROP TYPE "public"."enum_practices_verify_state";
  DROP TYPE "public"."enum__practices_v_version_verify_state";
  DROP TYPE "public"."enum_rounds_countries";`)
}
