import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Hand-written: a counter that goes up with every write to "practices", so each
 * app instance can tell in one cheap read whether its cached catalogue answers
 * are still current.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "catalogue_generation" ("id" integer PRIMARY KEY CHECK ("id" = 1), "value" bigint NOT NULL);
  INSERT INTO "catalogue_generation" VALUES (1, 1);
  CREATE FUNCTION atlas_bump_catalogue_generation() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE "catalogue_generation" SET "value" = "value" + 1 WHERE "id" = 1;
    RETURN NULL;
  END $$;
  CREATE TRIGGER "practices_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE ON "practices"
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_bump_catalogue_generation();
  CREATE TRIGGER "countries_catalogue_generation" AFTER INSERT OR UPDATE OR DELETE ON "countries_locales"
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_bump_catalogue_generation();`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "countries_catalogue_generation" ON "countries_locales";
  DROP TRIGGER "practices_catalogue_generation" ON "practices";
  DROP FUNCTION atlas_bump_catalogue_generation();
  DROP TABLE "catalogue_generation";`)
}
