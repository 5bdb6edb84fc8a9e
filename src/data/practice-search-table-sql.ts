/**
 * Hand-written: the catalogue's text search reads a narrow table of search documents, one per practice text row
 * ("practices_locales"), kept in step by statement triggers. The wide rows of "practices_locales" (every rich-text
 * field) put about 11 rows on a page, so matching a common word visited as many heap pages as matching rows; the
 * narrow rows put about 37 on a page. Deleting a text row deletes its document.
 *
 * Two migrations use this: practice_search made the table as a copy of a generated column of "practices_locales";
 * search_document_in_trigger has the triggers compute the documents, of published practices only, and drops that column.
 */

/** Inserts or updates the search rows selected by `select` (id, _parent_id, _locale, search), rewriting only changed ones. */
const upsertSearchRows = (select: string) => `INSERT INTO "practices_search" ${select}
    ON CONFLICT ("id") DO UPDATE SET "_parent_id" = excluded."_parent_id", "_locale" = excluded."_locale", "search" = excluded."search"
    WHERE "practices_search"."search" IS DISTINCT FROM excluded."search" OR "practices_search"."_parent_id" <> excluded."_parent_id"
      OR "practices_search"."_locale" <> excluded."_locale";`

/** A trigger function `name` that upserts the search rows selected from the statement's `changed_rows`. */
const searchTriggerFunctionSql = (name: string, select: string) => `
CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${upsertSearchRows(select)}
  RETURN NULL;
END $$;`

const searchTriggersSql = (fn: string) => `
CREATE TRIGGER "practices_locales_search_ins" AFTER INSERT ON "practices_locales" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();
CREATE TRIGGER "practices_locales_search_upd" AFTER UPDATE ON "practices_locales" REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION ${fn}();`

const dropSearchTriggersSql = `
DROP TRIGGER "practices_locales_search_upd" ON "practices_locales";
DROP TRIGGER "practices_locales_search_ins" ON "practices_locales";`

const copyGeneratedColumn = `SELECT "id", "_parent_id", "_locale", "search" FROM changed_rows`

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
${searchTriggerFunctionSql('atlas_copy_practice_search', copyGeneratedColumn)}
${searchTriggersSql('atlas_copy_practice_search')}
`

export const dropPracticeSearchSql = `
${dropSearchTriggersSql}
DROP FUNCTION atlas_copy_practice_search();
DROP TABLE "practices_search";
CREATE INDEX "practices_locales_search_idx" ON "practices_locales" USING gin ("search");
`

/** The rich-text fields whose words a search document holds at weight C (the title is at A, summary and region at B). */
const richTextColumns = [
  'description', 'why_developed', 'objectives', 'e_governance', 'system_fit', 'needs_identification', 'access_guarantee',
  'disadvantaged_access', 'skills_required', 'funding_sources', 'quality_design', 'achievements', 'efficiency_gains',
  'social_return', 'other_info', 'references',
]

/** The search document of the "practices_locales" row `row` (an SQL name): its texts in the text-search configuration of its language. */
const searchDocumentOf = (row: string) => {
  const config = `atlas_regconfig(${row}."_locale")`
  const words = richTextColumns.map((c) => `coalesce(jsonb_path_query_array(${row}."${c}", 'strict $.**.text')::text, '')`).join(` || ' ' || `)
  return `setweight(to_tsvector(${config}, coalesce(${row}."title", '')), 'A') ||
    setweight(to_tsvector(${config}, coalesce(${row}."summary", '') || ' ' || coalesce(${row}."region", '')), 'B') ||
    setweight(to_tsvector(${config}, ${words}), 'C')`
}

/**
 * The triggers compute the search document of each text row written for a published practice straight into
 * "practices_search", and "practices_locales" no longer keeps one. As a generated column there it was stored twice,
 * once inside the wide row, where PostgreSQL compresses it with the rich texts, and once in the copy. The catalogue
 * searches published practices only, so drafts get no search document: a practice is published by writing its row
 * and then its text rows again (Payload writes the main row first), which makes its documents then; archiving it
 * deletes its text rows, and with them its documents. An import of 10,000 drafts spent 3.8 of its 18.9 s of
 * database time on search documents no one could search.
 */
export const searchDocumentInTriggerSql = `
${searchTriggerFunctionSql(
  'atlas_write_practice_search',
  `SELECT c."id", c."_parent_id", c."_locale", ${searchDocumentOf('c')}
    FROM changed_rows c JOIN "practices" p ON p."id" = c."_parent_id" AND p."_status" = 'published'`,
)}
${dropSearchTriggersSql}
${searchTriggersSql('atlas_write_practice_search')}
DROP FUNCTION atlas_copy_practice_search();
ALTER TABLE "practices_locales" DROP COLUMN "search";
DELETE FROM "practices_search" s USING "practices" p WHERE p."id" = s."_parent_id" AND p."_status" IS DISTINCT FROM 'published';
`

/** Undoes searchDocumentInTriggerSql: the generated column again, copied by the triggers for every practice. */
export const searchDocumentInColumnSql = `
ALTER TABLE "practices_locales" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (${searchDocumentOf('practices_locales')}) STORED;
INSERT INTO "practices_search" SELECT "id", "_parent_id", "_locale", "search" FROM "practices_locales" ON CONFLICT ("id") DO NOTHING;
${searchTriggerFunctionSql('atlas_copy_practice_search', copyGeneratedColumn)}
${dropSearchTriggersSql}
${searchTriggersSql('atlas_copy_practice_search')}
DROP FUNCTION atlas_write_practice_search();
`
