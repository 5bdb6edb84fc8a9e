/**
 * Writes rows made by `document-rows.ts` with one statement per table: new rows with a
 * COPY (`copy-rows.ts`), updates over `unnest(…)` with one array parameter per column
 * (per 5,000 rows), so ten thousand documents take a few dozen statements instead of
 * hundreds of thousands.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import { partsOf } from '@/data/values-per-query'
import { copyRows } from './copy-rows'
import { PendingId, sqlColumnOf, type Row, type TableRows } from './document-rows'

const ROWS_PER_STATEMENT = 5_000

/** The drizzle database or transaction the rows go through. */
export interface SqlRunner {
  execute(query: SQL): Promise<{ rows: Record<string, unknown>[] }>
}

export async function insertRows(adapter: PostgresAdapter, db: SqlRunner, tables: TableRows): Promise<void> {
  if (tables.size === 0) return
  await drawPendingIds(db, tables)
  for (const [table, rows] of tables) {
    const keys = new Set<string>()
    for (const row of rows) for (const key in row) keys.add(key)
    await copyRows(db, table, columnNames(adapter, table, [...keys]), rows, [...keys])
  }
}

/** Sets the columns `keys` of existing rows (matched by `id`) to the rows' values; a key a row lacks becomes NULL. */
export async function updateRows(adapter: PostgresAdapter, db: SqlRunner, table: string, rows: Row[], keys: string[]): Promise<void> {
  if (rows.length === 0) return
  const allKeys = ['id', ...keys.filter((k) => k !== 'id')]
  const names = columnNames(adapter, table, allKeys)
  const types = await columnTypes(db, [table])
  const assignments = sql.join(names.slice(1).map((n) => sql`${sql.identifier(n)} = v.${sql.identifier(n)}`), sql`, `)
  for (const part of partsOf(rows, ROWS_PER_STATEMENT)) {
    const arrays = unnestArguments(part, table, allKeys, names, types)
    await db.execute(
      sql`UPDATE ${sql.identifier(table)} AS t SET ${assignments}
          FROM unnest(${arrays}) AS v(${sql.join(names.map((n) => sql.identifier(n)), sql`, `)}) WHERE t.id = v.id`,
    )
  }
}

/** Deletes the rows of `table` that belong to these parents (its `_parentID` or `parent` column). */
export async function deleteChildRows(adapter: PostgresAdapter, db: SqlRunner, table: string, parentIds: number[]): Promise<void> {
  const [parent] = columnNames(adapter, table, ['_parentID' in columnsOf(drizzleTable(adapter, table)) ? '_parentID' : 'parent'])
  await db.execute(sql`DELETE FROM ${sql.identifier(table)} WHERE ${sql.identifier(parent)} = ANY(${sql.param(parentIds)}::int[])`)
}

function drizzleTable(adapter: PostgresAdapter, table: string) {
  const found = adapter.tables[table]
  if (!found) throw new Error(`The database has no table "${table}": are the migrations applied?`)
  return found
}

/** A drizzle table's columns by property key: drizzle puts each column on the table object. */
function columnsOf(table: object): Record<string, { name: string }> {
  const isColumn = (value: unknown): value is { name: string } =>
    typeof value === 'object' && value !== null && typeof (value as { columnType?: unknown }).columnType === 'string' && typeof (value as { name?: unknown }).name === 'string'
  return Object.fromEntries(Object.entries(table).filter(([, value]) => isColumn(value)))
}

/** The SQL column names of drizzle property keys (or of keys made by sqlColumnKey). */
export function columnNames(adapter: PostgresAdapter, table: string, keys: string[]): string[] {
  const columns = columnsOf(drizzleTable(adapter, table))
  return keys.map((key) => {
    const name = columns[key]?.name ?? sqlColumnOf(key)
    if (!name) throw new Error(`Table "${table}" has no column for "${key}"`)
    return name
  })
}

/** One typed array per column, for `unnest(…)`. */
function unnestArguments(rows: Row[], table: string, keys: string[], names: string[], types: Map<string, string>): SQL {
  return sql.join(
    keys.map((key, i) => sql`${sql.param(rows.map((row) => cell(row[key])))}::${sql.raw(`${types.get(`${table}.${names[i]}`)}[]`)}`),
    sql`, `,
  )
}

function cell(value: unknown): unknown {
  if (value instanceof PendingId) return value.value
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  return value ?? null
}

/**
 * Gives every PendingId a number from its table's id sequence, one query per table. Each PendingId is the `id`
 * of one row (others only point at it), and tables come parents first, so ids are drawn in the rows' order.
 */
async function drawPendingIds(db: SqlRunner, tables: TableRows): Promise<void> {
  const pending = new Map<string, PendingId[]>()
  for (const rows of tables.values()) {
    for (const row of rows) {
      if (!(row.id instanceof PendingId)) continue
      const list = pending.get(row.id.table)
      if (list) list.push(row.id)
      else pending.set(row.id.table, [row.id])
    }
  }
  for (const [table, ids] of pending) {
    // The sequence is looked up once (OFFSET 0 keeps the planner from repeating the lookup for every id, which was
    // 80% of the time) and the numbers come back as one array.
    const { rows } = await db.execute(
      sql`SELECT array(SELECT nextval(s.id) FROM (SELECT pg_get_serial_sequence(${table}, 'id')::regclass AS id OFFSET 0) s, generate_series(1, ${ids.length}::int))::int[] AS ids`,
    )
    const drawn = rows[0]!.ids as number[]
    for (let i = 0; i < ids.length; i++) ids[i]!.value = drawn[i]
  }
}

/** "table.column" → the column's SQL type, as the cast of its unnest() array needs it. */
async function columnTypes(db: SqlRunner, tables: string[]): Promise<Map<string, string>> {
  const { rows } = await db.execute(
    sql`SELECT a.attrelid::regclass::text AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS "type"
        FROM pg_attribute a WHERE a.attrelid = ANY(${sql.param(tables)}::text[]::regclass[]) AND a.attnum > 0 AND NOT a.attisdropped`,
  )
  return new Map(rows.map((r: Row) => [`${String(r.table).replace(/"/g, '')}.${r.column}`, String(r.type)]))
}
