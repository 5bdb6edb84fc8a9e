/**
 * Migration helpers: the SQL of the catalogue's bit-set columns for multi-valued facets (see the
 * catalogue_search migration for the scheme), from the registry's names for the fields given. A migration
 * names its fields explicitly, so that it writes the same SQL whatever later migrations add;
 * tests/int/facet-storage.int.test.ts checks that the database and the registry's facet flags agree.
 */
import { maskStorage } from './facet-storage'

const triggers = (key: string) => {
  const { table, enumType, column, intType } = maskStorage(key)
  const call = `FOR EACH STATEMENT EXECUTE FUNCTION atlas_mask_after_change('${column}', '${enumType}', '${intType}')`
  return `CREATE TRIGGER "${table}_masks_ins" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS changed_rows ${call};
  CREATE TRIGGER "${table}_masks_del" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS changed_rows ${call};`
}

/** Adds the bit-set column and its triggers for each field. */
export const addMaskColumnsSql = (keys: readonly string[]): string =>
  keys
    .map((key) => {
      const { column, intType } = maskStorage(key)
      return `ALTER TABLE "practices" ADD COLUMN "${column}" ${intType} NOT NULL DEFAULT 0;
  ${triggers(key)}`
    })
    .join('\n  ')

/** Drops what addMaskColumnsSql adds. */
export const dropMaskColumnsSql = (keys: readonly string[]): string =>
  keys
    .map((key) => {
      const { table, column } = maskStorage(key)
      return `DROP TRIGGER "${table}_masks_ins" ON "${table}";
  DROP TRIGGER "${table}_masks_del" ON "${table}";
  ALTER TABLE "practices" DROP COLUMN "${column}";`
    })
    .join('\n  ')

/** (Re)creates atlas_refresh_masks(ids), which recomputes the masks of these fields for the practices given (NULL: all). */
export function refreshMasksFunctionSql(keys: readonly string[]): string {
  const sets = keys.map((key) => {
    const { table, enumType, column, intType } = maskStorage(key)
    return `"${column}" = coalesce((SELECT bit_or((1::${intType} << (array_position(enum_range(NULL::"${enumType}"), x."value") - 1))::${intType}) FROM "${table}" x WHERE x."parent_id" = p."id"), 0)`
  })
  return `CREATE OR REPLACE FUNCTION atlas_refresh_masks(ids integer[]) RETURNS void LANGUAGE sql AS $$
    UPDATE "practices" p SET
      ${sets.join(',\n      ')}
    WHERE ids IS NULL OR p."id" = ANY(ids)
  $$;`
}

/** The setting a bulk write sets (transaction-local) to hold the mask triggers back: it writes the masks itself. */
export const DEFER_MASKS_SETTING = 'atlas.defer_masks'

/**
 * atlas_mask_after_change(), the function of every mask trigger, as the catalogue_search migration made it, or
 * (`deferrable`) returning at once while DEFER_MASKS_SETTING is 'on': a bulk import writes every mask of its
 * practices with their rows instead of one UPDATE of each practice per select table.
 */
export function maskTriggerFunctionSql({ deferrable }: { deferrable: boolean }): string {
  const skip = deferrable ? `IF current_setting('${DEFER_MASKS_SETTING}', true) = 'on' THEN RETURN NULL; END IF;` : ''
  return `CREATE OR REPLACE FUNCTION atlas_mask_after_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${skip}
    EXECUTE format(
      'UPDATE practices p SET %1$I = coalesce((SELECT bit_or((1::%3$s << (array_position(enum_range(NULL::%2$I), x.value) - 1))::%3$s)
         FROM %4$I x WHERE x.parent_id = p.id), 0)
       WHERE p.id IN (SELECT DISTINCT parent_id FROM changed_rows)',
      TG_ARGV[0], TG_ARGV[1], TG_ARGV[2], TG_TABLE_NAME);
    RETURN NULL;
  END $$;`
}
