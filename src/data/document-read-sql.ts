/**
 * Reads whole documents back out of Payload's PostgreSQL tables, a batch per statement: the inverse of
 * src/practice-input/document-rows.ts, walking the same field config, so a field added to the framework is read
 * without change here. One column per field of the document; the level's localized columns come together,
 * array rows and hasMany values as JSON aggregated in PostgreSQL. `documentOf` shapes a row as Payload's `find`
 * with `locale: 'all'` gives it (localized values as { en, nl, ... }; relationships as ids, or as objects with
 * the one column asked for in `populate`). No hooks or field access run: callers apply what their reader may see.
 *
 * Payload's own `find` does the same work through its field traversal at about 2 ms per practice with every
 * language; this does a thousand practices in well under a second, which the open-data exports need at scale.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { FlattenedField } from 'payload'

import { childTableOf, isColumn, type Shape } from '@/practice-input/document-rows'
import { columnNames } from '@/practice-input/write-rows'

type Row = Record<string, unknown>

/** Related collection → the column its documents are shown by (populated as { [column]: value }). */
export type Populate = Readonly<Record<string, string>>

export interface DocumentRead {
  /** SQL with one parameter, `$1::int[]`: the row ids of the shape's table, read in that order. */
  text: string
  /** A result row as a document. */
  documentOf: (row: Row) => Row
}

/** The key under which a level's localized columns come, per locale. */
const LOCALIZED = '_localized'
/** PostgreSQL functions take at most 100 arguments: jsonb_build_object gets 50 pairs at a time. */
const PAIRS_PER_CALL = 50

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`
const columnOf = (adapter: PostgresAdapter, table: string, key: string) => quoted(columnNames(adapter, table, [key])[0])

/** A column's value as Payload returns it: dates as ISO text in UTC, numbers as numbers. */
function valueSql(field: FlattenedField, column: string): string {
  if (field.type === 'date') return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
  if (field.type === 'number') return `${column}::float8`
  return column
}

function objectSql(parts: [string, string][]): string {
  if (parts.length === 0) return `'{}'::jsonb`
  const calls: string[] = []
  for (let start = 0; start < parts.length; start += PAIRS_PER_CALL) {
    calls.push(`jsonb_build_object(${parts.slice(start, start + PAIRS_PER_CALL).map(([name, value]) => `${literal(name)}, ${value}`).join(', ')})`)
  }
  return calls.join(' || ')
}

/** [field name, SQL expression] for each field of one level whose row is `alias`; localized columns together under LOCALIZED. */
function levelParts(adapter: PostgresAdapter, fields: readonly FlattenedField[], shape: Shape, alias: string, populate: Populate, depth: number): [string, string][] {
  const parts: [string, string][] = []
  const localized: [string, string][] = []
  for (const field of fields) {
    if (field.name === 'id') continue
    const key = shape.keyPrefix + field.name
    const childTable = childTableOf(shape, field)
    if (field.type === 'array') {
      const item = `a${depth}`
      const inner: Shape = { ...shape, table: childTable, keyPrefix: '', nested: true }
      const itemObject = objectSql(levelParts(adapter, field.flattenedFields, inner, item, populate, depth + 1))
      parts.push([field.name, `(SELECT jsonb_agg(${itemObject} ORDER BY ${item}._order) FROM ${quoted(childTable)} ${item} WHERE ${item}._parent_id = ${alias}.id)`])
    } else if (field.type === 'select' && field.hasMany && !field.localized && !shape.nested) {
      parts.push([field.name, `(SELECT jsonb_agg(s.value ORDER BY s."order") FROM ${quoted(childTable)} s WHERE s.parent_id = ${alias}.id)`])
    } else if (field.type === 'relationship' && field.hasMany && typeof field.relationTo === 'string' && !field.localized && !shape.nested) {
      const related = field.relationTo
      const idColumn = `r.${columnOf(adapter, shape.rels.table, `${related}ID`)}`
      const shownBy = populate[related]
      const value = shownBy ? `jsonb_build_object(${literal(shownBy)}, o.${columnOf(adapter, related, shownBy)})` : idColumn
      const join = shownBy ? `JOIN ${quoted(related)} o ON o.id = ${idColumn}` : ''
      parts.push([
        field.name,
        `(SELECT jsonb_agg(${value} ORDER BY r."order") FROM ${quoted(shape.rels.table)} r ${join} WHERE r.parent_id = ${alias}.id AND r.path = ${literal(shape.rels.pathPrefix + field.name)})`,
      ])
    } else if (field.type === 'relationship' && typeof field.relationTo === 'string' && populate[field.relationTo] && !field.localized && isColumn(field)) {
      // one related document, shown by the column asked for (e.g. the round a practice was last verified in, by name)
      const related = field.relationTo
      const shownBy = populate[related]
      const value = `(SELECT jsonb_build_object(${literal(shownBy)}, o.${columnOf(adapter, related, shownBy)}) FROM ${quoted(related)} o WHERE o.id = ${alias}.${columnOf(adapter, shape.table, key)})`
      parts.push([field.name, value])
    } else if (isColumn(field)) {
      if (field.localized) localized.push([field.name, valueSql(field, `l.${columnOf(adapter, `${shape.table}_locales`, key)}`)])
      else parts.push([field.name, valueSql(field, `${alias}.${columnOf(adapter, shape.table, key)}`)])
    } else {
      throw new Error(`Reading documents in bulk does not handle the ${field.type} field "${field.name}" yet`)
    }
  }
  if (localized.length > 0) {
    parts.push([LOCALIZED, `(SELECT jsonb_object_agg(l._locale, ${objectSql(localized)}) FROM ${quoted(`${shape.table}_locales`)} l WHERE l._parent_id = ${alias}.id)`])
  }
  return parts
}

/** A level's row as Payload gives it with `locale: 'all'`. */
function shaped(fields: readonly FlattenedField[], row: Row): Row {
  const perLocale = (row[LOCALIZED] ?? {}) as Record<string, Row>
  const doc: Row = {}
  for (const field of fields) {
    if (field.name === 'id') continue
    if (field.type === 'array') doc[field.name] = ((row[field.name] ?? []) as Row[]).map((item) => shaped(field.flattenedFields, item))
    else if (isColumn(field) && field.localized) {
      const perField: Row = {}
      for (const locale in perLocale) perField[locale] = perLocale[locale][field.name] ?? null
      doc[field.name] = perField
    }
    else doc[field.name] = row[field.name] ?? null
  }
  return doc
}

/**
 * How to read the `fields` (top-level fields of the collection) and `_status` of the documents or versions
 * stored in `shape`, a batch of row ids at a time.
 */
export function documentRead(adapter: PostgresAdapter, fields: readonly FlattenedField[], shape: Shape, populate: Populate = {}): DocumentRead {
  const parts = levelParts(adapter, fields, shape, 'd', populate, 1)
  const status = `d.${columnOf(adapter, shape.table, `${shape.keyPrefix}_status`)}`
  const columns = [...parts.map(([name, value]) => `${value} AS ${quoted(name)}`), `${status} AS "_status"`]
  return {
    text: `SELECT ${columns.join(',\n  ')}
      FROM unnest($1::int[]) WITH ORDINALITY AS batch(id, n) JOIN ${quoted(shape.table)} d ON d.id = batch.id ORDER BY batch.n`,
    documentOf: (row) => ({ ...shaped(fields, row), _status: row._status }),
  }
}
