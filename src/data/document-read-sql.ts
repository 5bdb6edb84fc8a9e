/**
 * Reads whole documents back out of Payload's PostgreSQL tables, a batch at a time: the inverse of
 * src/practice-input/document-rows.ts, walking the same field config, so a field added to the framework is read
 * without change here. A batch takes one statement per table (the documents, their `_locales` rows, each hasMany
 * table, each array and its own child tables), each for all the batch's rows at once, sent together in one round
 * trip; the documents are put together in Node as Payload's `find` with `locale: 'all'` gives them (localized values as { en, nl, ... };
 * relationships as ids, or as objects with the one column asked for in `populate`). No hooks or field access run:
 * callers apply what their reader may see.
 *
 * Payload's own `find` does the same work through its field traversal at about 2 ms per practice with every
 * language. An earlier version of this file built each document as JSON in one statement with a sub-select per
 * child table and document: PostgreSQL then spent most of a batch starting sub-selects and building JSON. Plain
 * rows per table cost it a few milliseconds per table and batch.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { FlattenedField } from 'payload'

import { childTableOf, isColumn, type Shape } from '@/practice-input/document-rows'
import { columnNames } from '@/practice-input/write-rows'

type Row = Record<string, unknown>

/** Runs SQL of several statements without parameters (the simple query protocol) and gives each statement's result. */
export type Query = (text: string) => Promise<{ rows: Row[] }[]>

/** Related collection → the column its documents are shown by (populated as { [column]: value }). */
export type Populate = Readonly<Record<string, string>>

/** Reads the documents (or versions) with these row ids, in this order; ids without a row are left out. */
export type DocumentRead = (query: Query, ids: readonly number[]) => Promise<Row[]>

/** A row's id: a number, or text for a document's array items (versions number theirs). */
type Id = number | string

/** One kind of child rows: the statements that read them and how they go into their parent rows. */
interface ChildRead {
  /** The statements reading the children of the parents whose id meets `parentIds` (`= ANY(…)` or `IN (SELECT …)`). */
  statements: (parentIds: string) => string[]
  /** Puts the children into their parents (by id), taking this read's statements' results in order. */
  fill: (parents: ReadonlyMap<Id, Row>, results: Iterator<Row[]>) => void
}

/** How to read the rows of one level: the documents, or the items of an array. */
interface LevelRead {
  /** The level's own columns as SELECT expressions on its table aliased `t`, each named as its field. */
  columns: string[]
  /** A row of the level as a document or an item: each field from its column, or empty until a child read fills it. */
  valueOf: (row: Row) => Row
  children: ChildRead[]
}

const ID = '__id'
const PARENT = '__parent'
const LOCALE = '__locale'

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`
const columnOf = (adapter: PostgresAdapter, table: string, key: string) => quoted(columnNames(adapter, table, [key])[0])

/** A column's value as Payload returns it: dates as ISO text in UTC, numbers as numbers. */
function valueSql(field: FlattenedField, column: string): string {
  if (field.type === 'date') return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
  if (field.type === 'number') return `${column}::float8`
  return column
}

/** The next statement's rows. */
const next = (results: Iterator<Row[]>) => results.next().value ?? []

/**
 * The parent row of a child row; undefined for a child of a row that the batch's earlier statement did not read.
 * Each statement reads the rows committed when it starts: an edit committed between two statements may add array
 * items whose texts the later statement reads, while their items are not in the earlier one's answer.
 */
const parentOf = (parents: ReadonlyMap<Id, Row>, row: Row) => parents.get(row[PARENT] as Id)

/** A child read of one statement whose rows each go into their parent (`PARENT`) through `add`. */
const rowsInto = (select: (parentIds: string) => string, add: (parent: Row, row: Row) => void): ChildRead => ({
  statements: (parentIds) => [select(parentIds)],
  fill: (parents, results) => {
    for (const row of next(results)) {
      const parent = parentOf(parents, row)
      if (parent) add(parent, row)
    }
  },
})

const statementsOf = (children: readonly ChildRead[], parentIds: string) => children.flatMap((child) => child.statements(parentIds))
const fillAll = (children: readonly ChildRead[], parents: ReadonlyMap<Id, Row>, results: Iterator<Row[]>) => {
  for (const child of children) child.fill(parents, results)
}

function levelRead(adapter: PostgresAdapter, fields: readonly FlattenedField[], shape: Shape, populate: Populate): LevelRead {
  const columns: string[] = []
  const children: ChildRead[] = []
  /** Each field's value in a new row: its column's, or what a child read starts from. */
  const starts: [name: string, start: (row: Row) => unknown][] = []
  const localized: [name: string, sql: string][] = []
  for (const field of fields) {
    if (field.name === 'id') continue
    const name = field.name
    const key = shape.keyPrefix + name
    const childTable = childTableOf(shape, field)
    if (field.type === 'array') {
      const items = levelRead(adapter, field.flattenedFields, { ...shape, table: childTable, keyPrefix: '', nested: true }, populate)
      starts.push([name, () => []])
      children.push({
        statements: (parentIds) => [
          `SELECT t.id AS ${ID}, t._parent_id AS ${PARENT}${items.columns.map((c) => `, ${c}`).join('')}
            FROM ${quoted(childTable)} t WHERE t._parent_id ${parentIds} ORDER BY t._parent_id, t._order`,
          ...statementsOf(items.children, `IN (SELECT p.id FROM ${quoted(childTable)} p WHERE p._parent_id ${parentIds})`),
        ],
        fill: (parents, results) => {
          const itemsById = new Map<Id, Row>()
          for (const row of next(results)) {
            const parent = parentOf(parents, row)
            if (!parent) continue
            const item = items.valueOf(row)
            itemsById.set(row[ID] as Id, item)
            ;(parent[name] as Row[]).push(item)
          }
          fillAll(items.children, itemsById, results)
        },
      })
    } else if (field.type === 'select' && field.hasMany && !field.localized && !shape.nested) {
      starts.push([name, () => null])
      children.push(
        rowsInto(
          (parentIds) => `SELECT t.parent_id AS ${PARENT}, t.value FROM ${quoted(childTable)} t WHERE t.parent_id ${parentIds} ORDER BY t.parent_id, t."order"`,
          (parent, row) => ((parent[name] ??= []) as unknown[]).push(row.value),
        ),
      )
    } else if (field.type === 'relationship' && field.hasMany && typeof field.relationTo === 'string' && !field.localized && !shape.nested) {
      const related = field.relationTo
      const idColumn = `t.${columnOf(adapter, shape.rels.table, `${related}ID`)}`
      const shownBy = populate[related]
      const value = shownBy ? `o.${columnOf(adapter, related, shownBy)}` : idColumn
      const join = shownBy ? `JOIN ${quoted(related)} o ON o.id = ${idColumn}` : ''
      const path = literal(shape.rels.pathPrefix + name)
      starts.push([name, () => null])
      children.push(
        rowsInto(
          (parentIds) => `SELECT t.parent_id AS ${PARENT}, ${value} AS value FROM ${quoted(shape.rels.table)} t ${join}
            WHERE t.parent_id ${parentIds} AND t.path = ${path} ORDER BY t.parent_id, t."order"`,
          (parent, row) => ((parent[name] ??= []) as unknown[]).push(shownBy ? { [shownBy]: row.value } : row.value),
        ),
      )
    } else if (field.type === 'relationship' && typeof field.relationTo === 'string' && populate[field.relationTo] && !field.localized && isColumn(field)) {
      // one related document, shown by the column asked for (e.g. the round a practice was last verified in, by name)
      const related = field.relationTo
      const shownBy = populate[related]
      columns.push(`(SELECT o.${columnOf(adapter, related, shownBy)} FROM ${quoted(related)} o WHERE o.id = t.${columnOf(adapter, shape.table, key)}) AS ${quoted(name)}`)
      starts.push([name, (row) => (row[name] == null ? null : { [shownBy]: row[name] })])
    } else if (isColumn(field)) {
      if (field.localized) {
        localized.push([name, valueSql(field, `t.${columnOf(adapter, `${shape.table}_locales`, key)}`)])
        starts.push([name, () => ({})])
      } else {
        columns.push(`${valueSql(field, `t.${columnOf(adapter, shape.table, key)}`)} AS ${quoted(name)}`)
        starts.push([name, (row) => row[name] ?? null])
      }
    } else {
      throw new Error(`Reading documents in bulk does not handle the ${field.type} field "${field.name}" yet`)
    }
  }
  if (localized.length > 0) {
    const localeColumns = localized.map(([name, sql]) => `, ${sql} AS ${quoted(name)}`).join('')
    children.push(
      rowsInto(
        (parentIds) => `SELECT t._parent_id AS ${PARENT}, t._locale AS ${LOCALE}${localeColumns} FROM ${quoted(`${shape.table}_locales`)} t WHERE t._parent_id ${parentIds}`,
        (parent, row) => {
          for (const [name] of localized) (parent[name] as Row)[row[LOCALE] as string] = row[name] ?? null
        },
      ),
    )
  }
  // Every row of the level starts as a copy of one object with all its fields: they share one shape, which V8 then
  // copies and fills faster than objects grown a field at a time.
  const template: Row = Object.fromEntries(starts.map(([name]) => [name, null]))
  return {
    columns,
    valueOf: (row) => {
      const value: Row = { ...template }
      for (const [name, start] of starts) value[name] = start(row)
      return value
    },
    children,
  }
}

/** Row ids as an SQL array literal; they are written into the text, so each must be an integer. */
function idArray(ids: readonly number[]): string {
  for (const id of ids) if (!Number.isSafeInteger(id)) throw new Error(`Not a row id: ${String(id)}`)
  return `'{${ids.join(',')}}'::int[]`
}

/**
 * How to read the `fields` (top-level fields of the collection) and `_status` of the documents or versions
 * stored in `shape`, a batch of row ids at a time.
 */
export function documentRead(adapter: PostgresAdapter, fields: readonly FlattenedField[], shape: Shape, populate: Populate = {}): DocumentRead {
  const level = levelRead(adapter, fields, shape, populate)
  const status = `t.${columnOf(adapter, shape.table, `${shape.keyPrefix}_status`)}`
  const columns = [...level.columns, `${status} AS "_status"`].join(', ')
  return async (query, ids) => {
    if (ids.length === 0) return []
    const batch = idArray(ids)
    const documents = `SELECT t.id AS ${ID}, ${columns}
      FROM unnest(${batch}) WITH ORDINALITY AS batch(id, n) JOIN ${quoted(shape.table)} t ON t.id = batch.id ORDER BY batch.n`
    const results = (await query([documents, ...statementsOf(level.children, `= ANY(${batch})`)].join(';\n'))).map((result) => result.rows)[Symbol.iterator]()
    const docs = new Map<Id, Row>()
    for (const row of next(results)) {
      const doc = level.valueOf(row)
      doc._status = row._status
      docs.set(row[ID] as Id, doc)
    }
    fillAll(level.children, docs, results)
    return [...docs.values()]
  }
}
