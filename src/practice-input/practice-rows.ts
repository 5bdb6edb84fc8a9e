/**
 * The rows of a practice written in bulk, shared by `createPractices` (document and
 * first version) and `updatePractices` (a new latest version, and with publishing the
 * document rewritten): the input's data per locale, walked into Payload's tables by
 * `document-rows.ts`.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import ObjectId from 'bson-objectid'
import type { FlattenedField, Payload, PayloadRequest } from 'payload'

import type { PracticeInput } from '@/framework/practice-schema'
import { addLevelRows, addRow, childTables, ownColumnKeys, PendingId, type LocaleValues, type Row, type Shape, type TableRows } from './document-rows'
import { maskColumnKeys, maskValues } from './facet-mask-values'
import { inputDigest } from './input-digest'
import { deleteChildRows, insertRows, updateRows, type SqlRunner } from './write-rows'
import { toPayloadData, translatedLocales, type References } from './to-payload-data'

export const documentShape: Shape = { table: 'practices', keyPrefix: '', rels: { table: 'practices_rels', pathPrefix: '' }, versioned: false }
export const versionShape: Shape = { table: '_practices_v', keyPrefix: 'version_', rels: { table: '_practices_v_rels', pathPrefix: 'version.' }, versioned: true }

/**
 * An array row id as Payload makes them: a MongoDB ObjectId (seconds, a random value per process, a counter), so
 * ids made one after another increase. They go in at the end of the array tables' indexes; random ids made an
 * import insert all over them (0.9 s more of PostgreSQL's time in a 10,000-row import).
 */
const arrayRowId = () => new ObjectId().toHexString()

export interface PracticeValues {
  locales: string[]
  values: LocaleValues
}

/** The input's data per locale, with `common` (status, times, ...) added; array rows carry the same new id in every locale. */
export function practiceValues(input: PracticeInput, refs: References, common: Row): PracticeValues {
  const locales = ['en', ...translatedLocales(input)]
  const values: LocaleValues = {}
  const digest = inputDigest(input)
  for (const locale of locales) values[locale] = { ...toPayloadData(input, locale as never, refs), ...common, inputDigest: digest }
  for (const [key, value] of Object.entries(values.en!)) {
    if (!Array.isArray(value) || !value.every((item) => item !== null && typeof item === 'object')) continue
    const rowIds = value.map(() => arrayRowId())
    for (const locale of locales) {
      const rows = values[locale]![key] as Row[] | undefined
      if (rows) values[locale]![key] = rows.map((row, i) => ({ ...row, id: rowIds[i] }))
    }
  }
  return { locales, values }
}

/** The rows of the document itself; its own row holds its catalogue bit sets. */
export function addDocumentRows(out: TableRows, fields: FlattenedField[], { values, locales }: PracticeValues, id: PendingId | number): void {
  const document: Row = { id, ...maskValues(values.en ?? {}) }
  addRow(out, documentShape.table, document)
  addLevelRows(out, fields, documentShape, values, document, id, locales)
}

/** A new latest version of document `parent`, written at `now`. */
export function addVersionRows(out: TableRows, fields: FlattenedField[], { values, locales }: PracticeValues, parent: PendingId | number, now: string): PendingId {
  const id = new PendingId(versionShape.table)
  const version: Row = { id, parent, createdAt: now, updatedAt: now, latest: true }
  addRow(out, versionShape.table, version)
  addLevelRows(out, fields, versionShape, values, version, id, locales)
  return id
}

/** The drizzle handle of `req`'s transaction (Payload keeps it by transaction id), or the plain connection pool. */
export async function transactionDb(payload: Payload, req?: PayloadRequest): Promise<SqlRunner> {
  const adapter = payload.db as unknown as PostgresAdapter
  const session = req?.transactionID !== undefined ? adapter.sessions[await req.transactionID] : undefined
  return (session?.db ?? adapter.drizzle) as unknown as SqlRunner
}

export async function writeRows(payload: Payload, req: PayloadRequest, out: TableRows): Promise<void> {
  await insertRows(payload.db as unknown as PostgresAdapter, await transactionDb(payload, req), out)
}

/**
 * Rewrites existing documents from the document rows in `out` (which it takes out):
 * their own row updated in place (other tables point at it), their child rows deleted,
 * so that writing the rest of `out` puts the new ones in.
 */
export async function replaceDocuments(payload: Payload, req: PayloadRequest, fields: FlattenedField[], out: TableRows, ids: number[]): Promise<void> {
  const adapter = payload.db as unknown as PostgresAdapter
  const db = await transactionDb(payload, req)
  const rows = out.get(documentShape.table) ?? []
  out.delete(documentShape.table)
  for (const table of childTables(fields, documentShape)) await deleteChildRows(adapter, db, table, ids)
  await updateRows(adapter, db, documentShape.table, rows, [...ownColumnKeys(fields, documentShape), ...maskColumnKeys])
}
