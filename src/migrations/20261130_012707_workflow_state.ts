import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { workflowStateFromReadyForReviewSql } from '@/workflow/workflow-state-migration-sql'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_practices_workflow_state" AS ENUM('draft', 'submitted', 'changesRequested', 'published', 'archived');
  CREATE TYPE "public"."enum__practices_v_version_workflow_state" AS ENUM('draft', 'submitted', 'changesRequested', 'published', 'archived');
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"practice_id" integer NOT NULL,
  	"author_id" integer,
  	"body" varchar NOT NULL,
  	"field" varchar,
  	"resolved" boolean DEFAULT false,
  	"resolved_by_id" integer,
  	"resolved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "practices" ADD COLUMN "workflow_state" "enum_practices_workflow_state" DEFAULT 'draft';
  ALTER TABLE "practices" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "practices" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "_practices_v" ADD COLUMN "version_workflow_state" "enum__practices_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_practices_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_practices_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_comments_id" integer;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_practice_id_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."practices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_comments_practice_idx" ON "review_comments" USING btree ("practice_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_resolved_idx" ON "review_comments" USING btree ("resolved");
  CREATE INDEX "review_comments_resolved_by_idx" ON "review_comments" USING btree ("resolved_by_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  ALTER TABLE "practices" ADD CONSTRAINT "practices_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_practices_v" ADD CONSTRAINT "_practices_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "practices_workflow_state_idx" ON "practices" USING btree ("workflow_state");
  CREATE INDEX "practices_submitted_by_idx" ON "practices" USING btree ("submitted_by_id");
  CREATE INDEX "_practices_v_version_version_workflow_state_idx" ON "_practices_v" USING btree ("version_workflow_state");
  CREATE INDEX "_practices_v_version_version_submitted_by_idx" ON "_practices_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");`)
  // Hand-written: the states from the checkbox, before it goes.
  await db.execute(sql.raw(workflowStateFromReadyForReviewSql))
  await db.execute(sql`
  ALTER TABLE "practices" DROP COLUMN "ready_for_review";
  ALTER TABLE "_practices_v" DROP COLUMN "version_ready_for_review";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_comments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_comments" CASCADE;
  ALTER TABLE "practices" DROP CONSTRAINT "practices_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_practices_v" DROP CONSTRAINT "_practices_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_comments_fk";
  
  DROP INDEX "practices_workflow_state_idx";
  DROP INDEX "practices_submitted_by_idx";
  DROP INDEX "_practices_v_version_version_workflow_state_idx";
  DROP INDEX "_practices_v_version_version_submitted_by_idx";
  DROP INDEX "payload_locked_documents_rels_review_comments_id_idx";
  ALTER TABLE "practices" ADD COLUMN "ready_for_review" boolean DEFAULT false;
  ALTER TABLE "_practices_v" ADD COLUMN "version_ready_for_review" boolean DEFAULT false;
  ALTER TABLE "practices" DROP COLUMN "workflow_state";
  ALTER TABLE "practices" DROP COLUMN "submitted_at";
  ALTER TABLE "practices" DROP COLUMN "submitted_by_id";
  ALTER TABLE "_practices_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_practices_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_practices_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_comments_id";
  DROP TYPE "public"."enum_practices_workflow_state";
  DROP TYPE "public"."enum__practices_v_version_workflow_state";`)
}
