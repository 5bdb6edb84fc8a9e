/**
 * Splits one document, given per locale, into the rows Payload's PostgreSQL adapter
 * stores it in: the main row, a `_locales` row per locale, a row per value of a
 * hasMany select, a `_rels` row per related document, array rows with their own
 * `_locales` rows. It walks the collection's field config, so a field added to the
 * framework lands in the right table without change here. Rows are keyed by the
 * adapter's drizzle property names (`country`, `_parentID`, `organisationsID`).
 *
 * Two shapes: the document itself, and a version of it (`_x_v`: columns prefixed
 * `version_`, child tables `_x_v_version_*`, relation paths `version.*`, array rows
 * with a serial id and the document row's id in `_uuid`).
 */
import type { FlattenedField } from 'payload'

export type Row = Record<string, unknown>
/** Table name → rows, in the order tables were first written (parents before children). */
export type TableRows = Map<string, Row[]>
/** The same document (or array row) per locale; `en` holds the values of fields that are not localized. */
export type LocaleValues = Record<string, Row | undefined>

/** A serial id not drawn yet: every reference to one instance gets the same number when the rows are inserted. */
export class PendingId {
  value?: number
  constructor(readonly table: string) {}
}

export interface Shape {
  /** The table of this level's rows. */
  table: string
  /** Column prefix of this level: 'version_' on a version's top level. */
  keyPrefix: string
  /** Table of hasMany relationships, and the prefix of their paths ('version.' in versions). */
  rels: { table: string; pathPrefix: string }
  /** Versions keep array rows under a serial id, with the document row's id in `_uuid`. */
  versioned: boolean
  /** Inside an array row: hasMany fields there would be stored differently and are not handled. */
  nested?: boolean
}

/** Field names in snake case, as table names have them; remembered, since every document of an import asks again. */
const snakeCased = new Map<string, string>()
function snakeCase(name: string): string {
  let found = snakeCased.get(name)
  if (found === undefined) snakeCased.set(name, (found = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()))
  return found
}

/** Row keys of columns Payload does not know of (ones a migration added, as the facet bit sets): their SQL name after this. */
const SQL_COLUMN_PREFIX = 'sql:'

export const sqlColumnKey = (column: string) => SQL_COLUMN_PREFIX + column

/** The SQL name behind a key made by sqlColumnKey, or undefined for any other key. */
export const sqlColumnOf = (key: string): string | undefined => (key.startsWith(SQL_COLUMN_PREFIX) ? key.slice(SQL_COLUMN_PREFIX.length) : undefined)

export function addRow(out: TableRows, table: string, row: Row) {
  const rows = out.get(table)
  if (rows) rows.push(row)
  else out.set(table, [row])
}

const fallback = (field: FlattenedField): unknown => {
  const value = 'defaultValue' in field ? field.defaultValue : undefined
  return typeof value === 'function' ? undefined : value
}

/**
 * Adds the rows of one level (the document, or one array row) to `out`: scalar
 * values go into `row` (already pushed by the caller), the rest into child tables
 * whose rows point at `ownerId`.
 */
export function addLevelRows(out: TableRows, fields: FlattenedField[], shape: Shape, values: LocaleValues, row: Row, ownerId: unknown, locales: string[]): void {
  const base = values.en ?? {}
  // The level's `_locales` rows, made when a locale first has a value (closures here are made per level and field, so none).
  const localeRows = new Map<string, Row>()
  for (const field of fields) {
    if (field.name === 'id') continue // set by the caller: the level's row is already keyed
    const key = shape.keyPrefix + field.name
    if (field.type === 'array') {
      const childTable = childTableOf(shape, field)
      const items = (base[field.name] as Row[] | undefined) ?? []
      const inner: Shape = { ...shape, table: childTable, keyPrefix: '', nested: true }
      for (let index = 0; index < items.length; index++) {
        const item = items[index]!
        const itemRow: Row = shape.versioned ? { _order: index + 1, _parentID: ownerId, id: new PendingId(childTable), _uuid: item.id } : { _order: index + 1, _parentID: ownerId, id: item.id }
        addRow(out, childTable, itemRow)
        const itemValues: LocaleValues = {}
        for (const l of locales) itemValues[l] = (values[l]?.[field.name] as Row[] | undefined)?.[index]
        addLevelRows(out, field.flattenedFields, inner, itemValues, itemRow, itemRow.id, locales)
      }
    } else if (field.type === 'select' && field.hasMany && !field.localized && !shape.nested) {
      const childTable = childTableOf(shape, field)
      ;((base[field.name] as unknown[] | undefined) ?? []).forEach((value, index) => addRow(out, childTable, { order: index + 1, parent: ownerId, value }))
    } else if (field.type === 'relationship' && field.hasMany && typeof field.relationTo === 'string' && !field.localized && !shape.nested) {
      const idKey = `${field.relationTo}ID`
      ;((base[field.name] as unknown[] | undefined) ?? []).forEach((id, index) =>
        addRow(out, shape.rels.table, { order: index + 1, parent: ownerId, path: shape.rels.pathPrefix + field.name, [idKey]: id }),
      )
    } else if (isColumn(field)) {
      if (field.localized) {
        for (const locale of locales) {
          const value = valueIn(field, values[locale], locale === 'en')
          if (value === undefined || value === null) continue
          let localeRow = localeRows.get(locale)
          if (!localeRow) {
            localeRow = { _locale: locale, _parentID: ownerId }
            localeRows.set(locale, localeRow)
            addRow(out, `${shape.table}_locales`, localeRow)
          }
          localeRow[key] = value
        }
      } else {
        const value = valueIn(field, base, true)
        if (value !== undefined && value !== null) row[key] = value
      }
    } else {
      throw new Error(`Bulk writing does not handle the ${field.type} field "${field.name}" here yet; write these documents with the Local API.`)
    }
  }
}

/** A field's value in one locale's data; as in Payload, a default fills only a value not given at all (null is stored as NULL). */
function valueIn(field: FlattenedField, data: Row | undefined, withDefault: boolean): unknown {
  const value = data?.[field.name]
  return value === undefined && withDefault ? fallback(field) : value
}

/** The table of an array's rows or of a hasMany select's values. */
export const childTableOf = (shape: Shape, field: FlattenedField) => `${shape.table}_${shape.keyPrefix}${snakeCase(field.name)}`

/**
 * Where a level keeps what is not in its own row: its `_locales` table, select and
 * array tables, the relationships table. (Rows nested in array rows go with them.)
 */
export function childTables(fields: FlattenedField[], shape: Shape): string[] {
  const tables = new Set<string>()
  for (const field of fields) {
    if (field.type === 'array' || (field.type === 'select' && field.hasMany)) tables.add(childTableOf(shape, field))
    else if (field.type === 'relationship' && field.hasMany) tables.add(shape.rels.table)
    else if (isColumn(field) && field.localized) tables.add(`${shape.table}_locales`)
  }
  return [...tables]
}

/** The keys of a level's own row: its columns that are not localized. */
export const ownColumnKeys = (fields: FlattenedField[], shape: Shape): string[] =>
  fields.filter((field) => field.name !== 'id' && isColumn(field) && !field.localized).map((field) => shape.keyPrefix + field.name)

/** Field types stored as one column of their level's row (or of its `_locales` row). */
export function isColumn(field: FlattenedField): boolean {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'number':
    case 'date':
    case 'checkbox':
    case 'radio':
    case 'richText':
    case 'json':
    case 'code':
      return !('hasMany' in field && field.hasMany)
    case 'select':
      return !field.hasMany
    case 'relationship':
    case 'upload':
      return !field.hasMany && typeof field.relationTo === 'string'
    default:
      return false
  }
}
