/**
 * Creates many new practices at once, each with its first version, written as
 * set-based INSERTs into Payload's tables: the Local API makes a few dozen queries
 * per practice and locale (about 150 ms each), which puts a 10,000-row import at
 * half an hour. The rows are exactly what Payload would store (see
 * `document-rows.ts`); a test compares both ways.
 *
 * What the Local API would do besides storing, the caller has done: inputs are
 * validated by the framework's zod schema (which also checks what the practices'
 * beforeChange hooks check), and each one is put to the collection's own create
 * access function here. Runs inside `req`'s transaction.
 */
import { randomBytes } from 'node:crypto'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { Forbidden, type Payload, type PayloadRequest } from 'payload'

import type { PracticeInput } from '../framework/practice-schema'
import { addLevelRows, addRow, PendingId, type LocaleValues, type Row, type Shape, type TableRows } from './document-rows'
import { inputDigest } from './input-digest'
import { insertRows, type SqlRunner } from './insert-rows'
import { toPayloadData, translatedLocales, type References } from './to-payload-data'

const documentShape: Shape = { table: 'practices', keyPrefix: '', rels: { table: 'practices_rels', pathPrefix: '' }, versioned: false }
const versionShape: Shape = { table: '_practices_v', keyPrefix: 'version_', rels: { table: '_practices_v_rels', pathPrefix: 'version.' }, versioned: true }

/** An array row id as Payload makes them: 24 hex digits. */
const arrayRowId = () => randomBytes(12).toString('hex')

export async function createPractices(payload: Payload, inputs: PracticeInput[], refs: References, req: PayloadRequest, options: { publish: boolean }): Promise<number[]> {
  const config = payload.collections.practices.config
  const status = options.publish ? 'published' : 'draft'
  if (req.user) {
    for (const input of inputs) {
      const allowed = await config.access.create({ req, data: { country: input.country, _status: status } })
      if (allowed !== true) throw new Forbidden(req.t)
    }
  }
  const now = new Date().toISOString()
  const out: TableRows = new Map()
  const ids: PendingId[] = []
  for (const input of inputs) {
    const locales = ['en', ...translatedLocales(input)]
    const values = localeValues(input, locales, refs, { _status: status, createdAt: now, updatedAt: now, inputDigest: inputDigest(input) })
    const id = new PendingId('practices')
    const document: Row = { id }
    addRow(out, documentShape.table, document)
    addLevelRows(out, config.flattenedFields, documentShape, values, document, id, locales)
    const versionId = new PendingId(versionShape.table)
    const version: Row = { id: versionId, parent: id, createdAt: now, updatedAt: now, latest: true }
    addRow(out, versionShape.table, version)
    addLevelRows(out, config.flattenedFields, versionShape, values, version, versionId, locales)
    ids.push(id)
  }
  const adapter = payload.db as unknown as PostgresAdapter
  const db = (req.transactionID !== undefined && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
  await insertRows(adapter, db as unknown as SqlRunner, out)
  return ids.map((id) => id.value!)
}

/** The practice's data per locale, array rows carrying the same new id in every locale. */
function localeValues(input: PracticeInput, locales: string[], refs: References, common: Row): LocaleValues {
  const values: LocaleValues = {}
  for (const locale of locales) values[locale] = { ...toPayloadData(input, locale as never, refs), ...common }
  for (const [key, value] of Object.entries(values.en!)) {
    if (!Array.isArray(value) || !value.every((item) => item !== null && typeof item === 'object')) continue
    const rowIds = value.map(() => arrayRowId())
    for (const locale of locales) {
      const rows = values[locale]![key] as Row[] | undefined
      if (rows) values[locale]![key] = rows.map((row, i) => ({ ...row, id: rowIds[i] }))
    }
  }
  return values
}
