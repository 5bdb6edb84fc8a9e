/**
 * Streams rows into one table with `COPY … FROM STDIN` on the connection of the drizzle
 * database or transaction given: PostgreSQL reads COPY's text format column by column,
 * which costs it (and Node) far less than one big array parameter per column parsed and
 * unnested (rich text as JSON inside an array literal was most of an import's database
 * time). Inside a transaction the rows are part of it; triggers fire as for an INSERT.
 */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

/** Rows per chunk of COPY text handed to the connection. */
const ROWS_PER_CHUNK = 500

/** The pg connection under a drizzle database (a pool) or transaction (one client). */
interface DrizzleHandle {
  session?: { client?: pg.Pool | pg.PoolClient }
}

export async function copyRows(db: unknown, table: string, columns: string[], rows: readonly unknown[][]): Promise<void> {
  const client = (db as DrizzleHandle).session?.client
  if (!client) throw new Error('COPY needs the drizzle database of a node-postgres connection')
  const own = 'release' in client ? undefined : await (client as pg.Pool).connect()
  const connection = own ?? (client as pg.PoolClient)
  try {
    const target = `${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})`
    await pipeline(Readable.from(copyText(rows)), connection.query(copyFrom(`COPY ${target} FROM STDIN`)))
  } finally {
    own?.release()
  }
}

function* copyText(rows: readonly unknown[][]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    let chunk = ''
    for (const row of rows.slice(start, start + ROWS_PER_CHUNK)) chunk += row.map(copyValue).join('\t') + '\n'
    yield chunk
  }
}

/** One value in COPY's text format: \N for NULL, objects as JSON, backslash, tab and line ends escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : typeof value === 'boolean' ? (value ? 't' : 'f') : String(value)
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, escapeCharacter) : text
}

const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }
const escapeCharacter = (character: string) => escapes[character]!

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`
