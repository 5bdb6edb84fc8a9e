import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_assessments_sections" AS ENUM('overview', 'themes', 'policyFocus', 'interface', 'ictFunction', 'rationale', 'audience', 'practitionerRole', 'access', 'ictFeatures', 'lmiFeatures', 'practitionerSupport', 'citizenSupport', 'funding', 'barriers', 'evaluation', 'results', 'other', 'contacts');
  CREATE TYPE "public"."enum_assessments_policy_stage" AS ENUM('gathering', 'developing', 'maximising', 'systematising');
  CREATE TABLE "assessments_sections" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_assessments_sections",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"practice_id" integer,
  	"policy_stage" "enum_assessments_policy_stage",
  	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
  	"owner_id" integer,
  	"shared_country_id" varchar,
  	"previous_id" integer,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assessments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"practices_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "assessments_id" integer;
  ALTER TABLE "assessments_sections" ADD CONSTRAINT "assessments_sections_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_shared_country_id_countries_id_fk" FOREIGN KEY ("shared_country_id") REFERENCES "public"."countries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_previous_id_assessments_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments_rels" ADD CONSTRAINT "assessments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_rels" ADD CONSTRAINT "assessments_rels_practices_fk" FOREIGN KEY ("practices_id") REFERENCES "public"."practices"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "assessments_sections_order_idx" ON "assessments_sections" USING btree ("order");
  CREATE INDEX "assessments_sections_parent_idx" ON "assessments_sections" USING btree ("parent_id");
  CREATE INDEX "assessments_practice_idx" ON "assessments" USING btree ("practice_id");
  CREATE INDEX "assessments_owner_idx" ON "assessments" USING btree ("owner_id");
  CREATE INDEX "assessments_shared_country_idx" ON "assessments" USING btree ("shared_country_id");
  CREATE INDEX "assessments_previous_idx" ON "assessments" USING btree ("previous_id");
  CREATE UNIQUE INDEX "assessments_token_hash_idx" ON "assessments" USING btree ("token_hash");
  CREATE INDEX "assessments_updated_at_idx" ON "assessments" USING btree ("updated_at");
  CREATE INDEX "assessments_created_at_idx" ON "assessments" USING btree ("created_at");
  CREATE INDEX "assessments_rels_order_idx" ON "assessments_rels" USING btree ("order");
  CREATE INDEX "assessments_rels_parent_idx" ON "assessments_rels" USING btree ("parent_id");
  CREATE INDEX "assessments_rels_path_idx" ON "assessments_rels" USING btree ("path");
  CREATE INDEX "assessments_rels_practices_id_idx" ON "assessments_rels" USING btree ("practices_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessments_fk" FOREIGN KEY ("assessments_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_assessments_id_idx" ON "payload_locked_documents_rels" USING btree ("assessments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assessments_sections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assessments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "assessments_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "assessments_sections" CASCADE;
  DROP TABLE "assessments" CASCADE;
  DROP TABLE "assessments_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_assessments_fk";
  
  DROP INDEX "payload_locked_documents_rels_assessments_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "assessments_id";
  DROP TYPE "public"."enum_assessments_sections";
  DROP TYPE "public"."enum_assessments_policy_stage";`)
}
