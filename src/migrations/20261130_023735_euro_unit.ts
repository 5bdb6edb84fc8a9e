import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_practices_indicators_unit" ADD VALUE 'euro';
  ALTER TYPE "public"."enum__practices_v_version_indicators_unit" ADD VALUE 'euro';
  ALTER TYPE "public"."enum_metrics_unit" ADD VALUE 'euro';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices_indicators" ALTER COLUMN "unit" SET DATA TYPE text;
  DROP TYPE "public"."enum_practices_indicators_unit";
  CREATE TYPE "public"."enum_practices_indicators_unit" AS ENUM('count', 'minutes', 'percent', 'years', 'rating');
  ALTER TABLE "practices_indicators" ALTER COLUMN "unit" SET DATA TYPE "public"."enum_practices_indicators_unit" USING "unit"::"public"."enum_practices_indicators_unit";
  ALTER TABLE "_practices_v_version_indicators" ALTER COLUMN "unit" SET DATA TYPE text;
  DROP TYPE "public"."enum__practices_v_version_indicators_unit";
  CREATE TYPE "public"."enum__practices_v_version_indicators_unit" AS ENUM('count', 'minutes', 'percent', 'years', 'rating');
  ALTER TABLE "_practices_v_version_indicators" ALTER COLUMN "unit" SET DATA TYPE "public"."enum__practices_v_version_indicators_unit" USING "unit"::"public"."enum__practices_v_version_indicators_unit";
  ALTER TABLE "metrics" ALTER COLUMN "unit" SET DATA TYPE text;
  DROP TYPE "public"."enum_metrics_unit";
  CREATE TYPE "public"."enum_metrics_unit" AS ENUM('count', 'minutes', 'percent', 'years', 'rating');
  ALTER TABLE "metrics" ALTER COLUMN "unit" SET DATA TYPE "public"."enum_metrics_unit" USING "unit"::"public"."enum_metrics_unit";`)
}
