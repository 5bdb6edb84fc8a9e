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

import { PendingId } from './document-rows'

/** Rows per chunk of COPY text handed to the connection. */
const ROWS_PER_CHUNK = 500

/** The pg connection under a drizzle database (a pool) or transaction (one client). */
interface DrizzleHandle {
  session?: { client?: pg.Pool | pg.PoolClient }
}

/** Copies the values of `keys` of each row into the table's `columns` (the SQL names of those keys). */
export async function copyRows(db: unknown, table: string, columns: string[], rows: readonly Record<string, unknown>[], keys: readonly string[]): Promise<void> {
  const client = (db as DrizzleHandle).session?.client
  if (!client) throw new Error('COPY needs the drizzle database of a node-postgres connection')
  const own = 'release' in client ? undefined : await (client as pg.Pool).connect()
  const connection = own ?? (client as pg.PoolClient)
  try {
    const target = `${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')})`
    await pipeline(Readable.from(copyText(rows, keys)), connection.query(copyFrom(`COPY ${target} FROM STDIN`)))
  } finally {
    own?.release()
  }
}

/** COPY text made straight from the rows, a chunk at a time (no array of values per row in between). */
function* copyText(rows: readonly Record<string, unknown>[], keys: readonly string[]): Generator<string> {
  let chunk = ''
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!
    for (let k = 0; k < keys.length; k++) chunk += (k === 0 ? '' : '\t') + copyValue(row[keys[k]!])
    chunk += '\n'
    if ((i + 1) % ROWS_PER_CHUNK === 0) {
      yield chunk
      chunk = ''
    }
  }
  if (chunk !== '') yield chunk
}

/**
 * Objects (rich text, lists) as COPY text, remembered: a document and its first version share their values,
 * so each is serialised once.
 */
const objectTexts = new WeakMap<object, string>()

/** One value in COPY's text format: \N for NULL, a PendingId as its number, objects as JSON, backslash, tab and line ends escaped. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  if (value instanceof PendingId) return String(value.value)
  if (typeof value === 'object' && !(value instanceof Date)) {
    let text = objectTexts.get(value)
    if (text === undefined) objectTexts.set(value, (text = escaped(JSON.stringify(value))))
    return text
  }
  return escaped(value instanceof Date ? value.toISOString() : typeof value === 'boolean' ? (value ? 't' : 'f') : String(value))
}

const escaped = (text: string) => (/[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, escapeCharacter) : text)

const escapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }
const escapeCharacter = (character: string) => escapes[character]!

const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`
