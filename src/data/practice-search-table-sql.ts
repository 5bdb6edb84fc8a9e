/**
 * Hand-written: the catalogue's text search reads a narrow copy of each practice text row's search document
 * ("practices_locales"."search", generated from its texts), kept in step by statement triggers. The wide rows of
 * "practices_locales" (every rich-text field) put about 11 rows on a page, so matching a common word visited as many
 * heap pages as matching rows; the narrow rows put about 37 on a page. Deleting a text row deletes its copy.
 */
export const createPracticeSearchSql = `
CREATE TABLE "practices_search" (
  "id" integer PRIMARY KEY REFERENCES "practices_locales"("id") ON DELETE CASCADE,
  "_parent_id" integer NOT NULL,
  "_locale" "_locales" NOT NULL,
  "search" tsvector NOT NULL
);
INSERT INTO "practices_search" SELECT "id", "_parent_id", "_locale", "search" FROM "practices_locales";
CREATE INDEX "practices_search_search_idx" ON "practices_search" USING gin ("search");
DROP INDEX "practices_locales_search_idx";
CREATE FUNCTION atlas_copy_practice_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "practices_search" SELECT "id", "_parent_id", "_locale", "search" FROM changed_rows
    ON CONFLICT ("id") DO UPDATE SET "_parent_id" = excluded."_parent_id", "_locale" = excluded."_locale", "search" = excluded."search"
    WHERE "practices_search"."search" IS DISTINCT FROM excluded."search" OR "practices_search"."_parent_id" <> excluded."_parent_id"
      OR "practices_search"."_locale" <> excluded."_locale";
  RETURN NULL;
END $$;
CREATE TRIGGER "practices_locales_search_ins" AFTER INSERT ON "practices_locales" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_copy_practice_search();
CREATE TRIGGER "practices_locales_search_upd" AFTER UPDATE ON "practices_locales" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION atlas_copy_practice_search();
`

export const dropPracticeSearchSql = `
DROP TRIGGER "practices_locales_search_upd" ON "practices_locales";
DROP TRIGGER "practices_locales_search_ins" ON "practices_locales";
DROP FUNCTION atlas_copy_practice_search();
DROP TABLE "practices_search";
CREATE INDEX "practices_locales_search_idx" ON "practices_locales" USING gin ("search");
`
