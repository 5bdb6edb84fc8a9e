import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "practices" ADD COLUMN "synthetic" boolean DEFAULT false;
  ALTER TABLE "_practices_v" ADD COLUMN "version_synthetic" boolean DEFAULT false;
  CREATE INDEX "practices_synthetic_idx" ON "practices" USING btree ("synthetic");
  CREATE INDEX "_practices_v_version_version_synthetic_idx" ON "_practices_v" USING btree ("version_synthetic");`)

  // Catalogue search and facets (hand-written): the text-search configuration per locale,
  // a ranked search document per practice and locale, and indexes for facet filters and counts.
  await db.execute(sql`
  CREATE FUNCTION atlas_regconfig(locale "_locales") RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (CASE locale::text WHEN 'nl' THEN 'dutch' WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' ELSE 'english' END)::regconfig $$;
  ALTER TABLE "practices_locales" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(atlas_regconfig("_locale"), coalesce("title", '')), 'A') ||
    setweight(to_tsvector(atlas_regconfig("_locale"), coalesce("summary", '') || ' ' || coalesce("region", '')), 'B') ||
    setweight(to_tsvector(atlas_regconfig("_locale"),
        coalesce(jsonb_path_query_array("description", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("why_developed", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("objectives", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("e_governance", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("system_fit", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("needs_identification", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("access_guarantee", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("disadvantaged_access", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("skills_required", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("funding_sources", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("quality_design", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("achievements", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("efficiency_gains", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("social_return", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("other_info", 'strict $.**.text')::text, '') || ' ' ||
        coalesce(jsonb_path_query_array("references", 'strict $.**.text')::text, '')), 'C')
  ) STORED;
  CREATE INDEX "practices_locales_search_idx" ON "practices_locales" USING gin ("search");
  CREATE INDEX "practices_themes_value_parent_idx" ON "practices_themes" USING btree ("value", "parent_id");
  CREATE INDEX "practices_audiences_value_parent_idx" ON "practices_audiences" USING btree ("value", "parent_id");
  CREATE INDEX "practices_ict_functions_value_parent_idx" ON "practices_ict_functions" USING btree ("value", "parent_id");
  CREATE INDEX "practices_channels_value_parent_idx" ON "practices_channels" USING btree ("value", "parent_id");
  CREATE INDEX "practices_languages_value_parent_idx" ON "practices_languages" USING btree ("value", "parent_id");
  CREATE INDEX "practices_published_country_idx" ON "practices" ("country_id") WHERE "_status" = 'published';
  CREATE INDEX "practices_published_stage_idx" ON "practices" ("policy_stage") WHERE "_status" = 'published';
  CREATE INDEX "practices_published_modality_idx" ON "practices" ("modality") WHERE "_status" = 'published';
  CREATE INDEX "practices_published_updated_idx" ON "practices" ("updated_at" DESC) WHERE "_status" = 'published';`)

  // Facet masks (hand-written): each multi-valued facet of a practice as a bit set on its row,
  // bit i = option i of the select's enum (= the framework's option order), kept in step by
  // statement triggers on the select tables, so one scan of "practices" counts every option.
  // A migration that reorders or removes options must end with SELECT atlas_refresh_masks(NULL).
  await db.execute(sql`
  ALTER TABLE "practices"
    ADD COLUMN "themes_mask" integer NOT NULL DEFAULT 0,
    ADD COLUMN "audiences_mask" integer NOT NULL DEFAULT 0,
    ADD COLUMN "ict_functions_mask" integer NOT NULL DEFAULT 0,
    ADD COLUMN "channels_mask" integer NOT NULL DEFAULT 0,
    ADD COLUMN "languages_mask" bigint NOT NULL DEFAULT 0;
  CREATE FUNCTION atlas_refresh_masks(ids integer[]) RETURNS void LANGUAGE sql AS $$
    UPDATE "practices" p SET
      "themes_mask" = coalesce((SELECT bit_or((1::integer << (array_position(enum_range(NULL::"enum_practices_themes"), x."value") - 1))::integer) FROM "practices_themes" x WHERE x."parent_id" = p."id"), 0),
      "audiences_mask" = coalesce((SELECT bit_or((1::integer << (array_position(enum_range(NULL::"enum_practices_audiences"), x."value") - 1))::integer) FROM "practices_audiences" x WHERE x."parent_id" = p."id"), 0),
      "ict_functions_mask" = coalesce((SELECT bit_or((1::integer << (array_position(enum_range(NULL::"enum_practices_ict_functions"), x."value") - 1))::integer) FROM "practices_ict_functions" x WHERE x."parent_id" = p."id"), 0),
      "channels_mask" = coalesce((SELECT bit_or((1::integer << (array_position(enum_range(NULL::"enum_practices_channels"), x."value") - 1))::integer) FROM "practices_channels" x WHERE x."parent_id" = p."id"), 0),
      "languages_mask" = coalesce((SELECT bit_or((1::bigint << (array_position(enum_range(NULL::"enum_practices_languages"), x."value") - 1))::bigint) FROM "practices_languages" x WHERE x."parent_id" = p."id"), 0)
    WHERE ids IS NULL OR p."id" = ANY(ids)
  $$;
  -- Recomputes one mask column for the practices whose rows in this select table changed.
  -- Arguments: mask column, enum type of the select, integer type of the mask.
  CREATE FUNCTION atlas_mask_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    EXECUTE format(
      'UPDATE practices p SET %1$I = coalesce((SELECT bit_or((1::%3$s << (array_position(enum_range(NULL::%2$I), x.value) - 1))::%3$s)
         FROM %4$I x WHERE x.parent_id = p.id), 0)
       WHERE p.id IN (SELECT DISTINCT parent_id FROM changed_rows)',
      TG_ARGV[0], TG_ARGV[1], TG_ARGV[2], TG_TABLE_NAME);
    RETURN NULL;
  END $$;
  CREATE TRIGGER "practices_themes_masks_ins" AFTER INSERT ON "practices_themes" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('themes_mask', 'enum_practices_themes', 'integer');
  CREATE TRIGGER "practices_themes_masks_del" AFTER DELETE ON "practices_themes" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('themes_mask', 'enum_practices_themes', 'integer');
  CREATE TRIGGER "practices_audiences_masks_ins" AFTER INSERT ON "practices_audiences" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('audiences_mask', 'enum_practices_audiences', 'integer');
  CREATE TRIGGER "practices_audiences_masks_del" AFTER DELETE ON "practices_audiences" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('audiences_mask', 'enum_practices_audiences', 'integer');
  CREATE TRIGGER "practices_ict_functions_masks_ins" AFTER INSERT ON "practices_ict_functions" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('ict_functions_mask', 'enum_practices_ict_functions', 'integer');
  CREATE TRIGGER "practices_ict_functions_masks_del" AFTER DELETE ON "practices_ict_functions" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('ict_functions_mask', 'enum_practices_ict_functions', 'integer');
  CREATE TRIGGER "practices_channels_masks_ins" AFTER INSERT ON "practices_channels" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('channels_mask', 'enum_practices_channels', 'integer');
  CREATE TRIGGER "practices_channels_masks_del" AFTER DELETE ON "practices_channels" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('channels_mask', 'enum_practices_channels', 'integer');
  CREATE TRIGGER "practices_languages_masks_ins" AFTER INSERT ON "practices_languages" REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('languages_mask', 'enum_practices_languages', 'bigint');
  CREATE TRIGGER "practices_languages_masks_del" AFTER DELETE ON "practices_languages" REFERENCING OLD TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('languages_mask', 'enum_practices_languages', 'bigint');
  SELECT atlas_refresh_masks(NULL);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER "practices_themes_masks_ins" ON "practices_themes";
  DROP TRIGGER "practices_themes_masks_del" ON "practices_themes";
  DROP TRIGGER "practices_audiences_masks_ins" ON "practices_audiences";
  DROP TRIGGER "practices_audiences_masks_del" ON "practices_audiences";
  DROP TRIGGER "practices_ict_functions_masks_ins" ON "practices_ict_functions";
  DROP TRIGGER "practices_ict_functions_masks_del" ON "practices_ict_functions";
  DROP TRIGGER "practices_channels_masks_ins" ON "practices_channels";
  DROP TRIGGER "practices_channels_masks_del" ON "practices_channels";
  DROP TRIGGER "practices_languages_masks_ins" ON "practices_languages";
  DROP TRIGGER "practices_languages_masks_del" ON "practices_languages";
  DROP FUNCTION atlas_mask_after_change();
  DROP FUNCTION atlas_refresh_masks(integer[]);
  ALTER TABLE "practices" DROP COLUMN "themes_mask", DROP COLUMN "audiences_mask", DROP COLUMN "ict_functions_mask", DROP COLUMN "channels_mask", DROP COLUMN "languages_mask";`)
  await db.execute(sql`
  DROP INDEX "practices_themes_value_parent_idx";
  DROP INDEX "practices_audiences_value_parent_idx";
  DROP INDEX "practices_ict_functions_value_parent_idx";
  DROP INDEX "practices_channels_value_parent_idx";
  DROP INDEX "practices_languages_value_parent_idx";
  DROP INDEX "practices_published_country_idx";
  DROP INDEX "practices_published_stage_idx";
  DROP INDEX "practices_published_modality_idx";
  DROP INDEX "practices_published_updated_idx";
  DROP INDEX "practices_locales_search_idx";
  ALTER TABLE "practices_locales" DROP COLUMN "search";
  DROP FUNCTION atlas_regconfig("_locales");`)
  await db.execute(sql`
   DROP INDEX "practices_synthetic_idx";
  DROP INDEX "_practices_v_version_version_synthetic_idx";
  ALTER TABLE "practices" DROP COLUMN "synthetic";
  ALTER TABLE "_practices_v" DROP COLUMN "version_synthetic";`)
}
