import 'server-only'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { FieldHook } from 'payload'

import { allFields } from '@/framework'
import { exportOnlySources, exportOnlyValues } from '@/framework/export-only-fields'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { isExchanged } from '@/exchange/columns'
import { practiceFromDoc } from '@/exchange/practice-from-doc'
import { documentShape } from '@/practice-input/practice-rows'
import type { Shape } from '@/practice-input/document-rows'
import type { CatalogueQuery } from '@/url-state/catalogue-query'
import { filterContactPersons } from '../../collections/practices/hooks/filter-contact-persons'
import { matchingCountStatement, matchingPageStatement } from './catalogue-sql'
import { documentRead, type Query } from './document-read-sql'
import { payloadClient } from './payload-client'
import { TaskGate } from './task-gate'
import type { Viewer } from './viewer'

/**
 * Practices read per statement: memory stays at a batch or two whatever the export's size. A batch costs PostgreSQL
 * about 30 statements whatever its size: at 100,000 practices, 1,000 a batch took 3.7 s of its CPU, 500 took 5.0 s.
 */
export const OPEN_DATA_BATCH = 1000

type Statement = { text: string; values: unknown[] }
type Result = { rows: Record<string, unknown>[] }
/** node-postgres's pool: SQL without values may hold several statements, and then gives a result for each. */
type Pool = { query: (text: string, values?: unknown[]) => Promise<Result> & Promise<Result | Result[]> }

/** The stored fields an export reads: the exchange columns' and the export-only columns' (src/framework). */
const exportedKeys = new Set([...allFields().filter(isExchanged).map((field) => field.key), ...exportOnlySources])
const personFields = allFields().filter((field) => field.kind === 'persons').map((field) => field.key)

/** Contact persons as `viewer` may read them: the collection's own hook decides, as it does for the Local API. */
function forViewer(doc: Record<string, unknown>, viewer: Viewer): Record<string, unknown> {
  const hookArgs = (value: unknown) => ({ value, req: { user: viewer.user }, overrideAccess: false }) as unknown as Parameters<FieldHook>[0]
  for (const key of personFields) doc[key] = filterContactPersons(hookArgs(doc[key]))
  return doc
}

/** Batches read ahead while one is turned into practice inputs: PostgreSQL reads the next while Node writes this one. */
const READS_AHEAD = 1

/**
 * A batch's documents as practice inputs, each made when the writer reaches it: a practice and what the writer
 * makes of it are garbage before the next one is made, so they die young instead of living as long as the batch.
 */
function* practiceInputs(docs: (Record<string, unknown> | undefined)[], viewer: Viewer): Generator<PracticeInput> {
  for (let i = 0; i < docs.length; i++) {
    const doc = forViewer(docs[i]!, viewer)
    // Let go of the document once read: the batch's garbage shrinks as it is written.
    docs[i] = undefined
    yield Object.assign(practiceFromDoc(doc), exportOnlyValues(doc))
  }
}

/**
 * The statements all exports of this process run at once, of the 10 connections of Payload's pool (node-postgres's
 * default). Each export reads ahead, and one client may start 30 a minute (rate-limits.ts): without a bound, a few
 * exports of the whole inventory at once could hold every connection, and the site's pages would wait behind them.
 */
export const EXPORT_STATEMENTS = 3
const exportStatements = new TaskGate(EXPORT_STATEMENTS)

/**
 * The practices stored in `shape` (documents or versions) that `pageOf` names, a batch at a time, in every
 * language, as practice inputs. `pageOf(after)` is the SQL of the next keyset page: rows `id` and `key`.
 * The next batches are read while this one is turned into practice inputs, so PostgreSQL and Node work side by side.
 * Each batch is read once, in order, before the next is asked for.
 */
export async function* practiceBatches(viewer: Viewer, shape: Shape, pageOf: (after: string | null) => Statement): AsyncGenerator<Iterable<PracticeInput>> {
  const payload = await payloadClient()
  const adapter = payload.db as unknown as PostgresAdapter
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const query: Query = async (text) => [await pool.query(text)].flat()
  const fields = payload.collections.practices.config.flattenedFields.filter((field) => exportedKeys.has(field.name))
  const read = documentRead(adapter, fields, shape, { organisations: 'slug', rounds: 'name' })
  const reads: Promise<Record<string, unknown>[]>[] = []
  let after: string | null = null
  let lastPage = false
  const readAhead = async () => {
    while (!lastPage && reads.length < READS_AHEAD) {
      const page = pageOf(after)
      const { rows } = await exportStatements.run<Result>(() => pool.query(page.text, page.values))
      lastPage = rows.length < OPEN_DATA_BATCH
      if (rows.length === 0) return
      after = String(rows.at(-1)!.key)
      const ids = rows.map((row) => row.id as number)
      const docs = exportStatements.run(() => read(query, ids))
      // A reader that stops early (a cancelled download) leaves this read unawaited: its failure is nobody's to report.
      docs.catch(() => {})
      reads.push(docs)
    }
  }
  for (;;) {
    await readAhead()
    const docs = reads.shift()
    if (docs === undefined) return
    yield practiceInputs(await docs, viewer)
  }
}

/**
 * The published practices of a catalogue view (text and filters from its URL), in every language, as practice
 * inputs ordered by slug, a batch at a time: the rows of the open-data exports.
 */
export function openDataPractices(viewer: Viewer, query: CatalogueQuery, locale: Locale): AsyncGenerator<Iterable<PracticeInput>> {
  return practiceBatches(viewer, documentShape, (after) => matchingPageStatement(query, locale, after, OPEN_DATA_BATCH))
}

/** How many practices a catalogue view's export holds. */
export async function openDataCount(query: CatalogueQuery, locale: Locale): Promise<number> {
  const payload = await payloadClient()
  const statement = matchingCountStatement(query, locale)
  const { rows } = await (payload.db as unknown as { pool: Pool }).pool.query(statement.text, statement.values)
  return Number(rows[0].count)
}
