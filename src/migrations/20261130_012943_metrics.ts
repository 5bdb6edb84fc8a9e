import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { seedMetricVocabularySql } from '@/data/metric-vocabulary-sql'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_metrics_unit" AS ENUM('count', 'minutes', 'percent', 'years', 'rating');
  CREATE TYPE "public"."enum_metrics_kind" AS ENUM('count', 'share', 'rating', 'duration', 'amount', 'change');
  CREATE TYPE "public"."enum_metrics_status" AS ENUM('proposed', 'approved');
  CREATE TABLE "metrics" (
  	"id" varchar PRIMARY KEY NOT NULL,
  	"unit" "enum_metrics_unit" NOT NULL,
  	"kind" "enum_metrics_kind" NOT NULL,
  	"status" "enum_metrics_status" DEFAULT 'proposed' NOT NULL,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "metrics_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "practices_indicators" ALTER COLUMN "metric" SET DATA TYPE varchar;
  ALTER TABLE "_practices_v_version_indicators" ALTER COLUMN "metric" SET DATA TYPE varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "metrics_id" varchar;
  ALTER TABLE "metrics" ADD CONSTRAINT "metrics_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "metrics_locales" ADD CONSTRAINT "metrics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "metrics_status_idx" ON "metrics" USING btree ("status");
  CREATE INDEX "metrics_owner_idx" ON "metrics" USING btree ("owner_id");
  CREATE INDEX "metrics_updated_at_idx" ON "metrics" USING btree ("updated_at");
  CREATE INDEX "metrics_created_at_idx" ON "metrics" USING btree ("created_at");
  CREATE UNIQUE INDEX "metrics_locales_locale_parent_id_unique" ON "metrics_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_metrics_fk" FOREIGN KEY ("metrics_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_metrics_id_idx" ON "payload_locked_documents_rels" USING btree ("metrics_id");
  DROP TYPE "public"."enum_practices_indicators_metric";
  DROP TYPE "public"."enum__practices_v_version_indicators_metric";`)

  // Data step (hand-written, src/data/metric-vocabulary-sql.ts): the vocabulary the indicators used so far.
  for (const statement of seedMetricVocabularySql()) await db.execute(statement)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_indicators_metric" AS ENUM('contacts', 'chats', 'averageDuration', 'averageAge', 'satisfaction', 'topicShare', 'clientShare', 'growth', 'staff');
  CREATE TYPE "public"."enum__practices_v_version_indicators_metric" AS ENUM('contacts', 'chats', 'averageDuration', 'averageAge', 'satisfaction', 'topicShare', 'clientShare', 'growth', 'staff');
  ALTER TABLE "metrics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "metrics_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "metrics" CASCADE;
  DROP TABLE "metrics_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_metrics_fk";
  
  DROP INDEX "payload_locked_documents_rels_metrics_id_idx";
  ALTER TABLE "practices_indicators" ALTER COLUMN "metric" SET DATA TYPE "public"."enum_practices_indicators_metric" USING "metric"::"public"."enum_practices_indicators_metric";
  ALTER TABLE "_practices_v_version_indicators" ALTER COLUMN "metric" SET DATA TYPE "public"."enum__practices_v_version_indicators_metric" USING "metric"::"public"."enum__practices_v_version_indicators_metric";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "metrics_id";
  DROP TYPE "public"."enum_metrics_unit";
  DROP TYPE "public"."enum_metrics_kind";
  DROP TYPE "public"."enum_metrics_status";`)
}
