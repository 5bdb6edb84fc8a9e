/**
 * Imports practices from a CSV or JSON file for a user: every row is validated
 * (`import-row-checks.ts`); if any row has a problem nothing is written; otherwise all rows are
 * written in one transaction. Rows are matched by slug: an existing practice is
 * updated, a new one created as a draft (published only when asked by a user
 * who may publish). A row equal to the stored practice is left alone, so the
 * same file imported twice changes nothing. Practices are written in bulk (a few
 * set-based statements per thousand rows). In its own transaction an import writes new practices while it
 * still checks later rows, and rolls all back if one has a problem; inside a caller's transaction it checks
 * every row first.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { createPractices } from '@/practice-input/create-practices'
import { yieldAfterSlice } from '@/practice-input/pipelined-batches'
import { updatePractices } from '@/practice-input/update-practices'
import { usableMetrics } from '@/practice-input/usable-metrics'
import { importFileRows, type ImportProblem } from './import-file'
import { ImportRowChecks, type FileRow } from './import-row-checks'
import { storedPractices, unchangedSlugs, type ImportUser } from './stored-practices'
import { unexpectedFailure } from './unexpected-failure'

export interface ImportOptions {
  dryRun?: boolean
  publish?: boolean
  /** The language the report's problems say what a cell should hold in (the importer's admin language); English by default. */
  locale?: Locale
  /**
   * Runs the import inside this request's transaction, which the caller commits or rolls
   * back (the demo seed loads its data files this way, beside the content it creates);
   * without it the import opens and closes a transaction of its own.
   */
  req?: PayloadRequest
}

export interface ImportReport {
  dryRun: boolean
  rows: number
  created: string[]
  updated: string[]
  unchanged: string[]
  problems: ImportProblem[]
}

export interface ImportFile {
  name: string
  bytes: Uint8Array
}

/** Imports one file, or several files (the command line) checked together and written in one transaction. */
export async function importPractices(payload: Payload, user: ImportUser, files: readonly ImportFile[], options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { dryRun: options.dryRun === true, rows: 0, created: [], updated: [], unchanged: [], problems: [] }
  const locale = options.locale ?? 'en'
  const publish = options.publish === true
  const rows: FileRow[] = []
  const fileProblems = files.map(({ name, bytes }, fileIndex) => {
    // With several files, every problem also names its file.
    const file = files.length > 1 ? name : undefined
    const read = importFileRows(bytes, name, locale)
    rows.push(...read.rows.map((unread) => ({ file, fileIndex, unread })))
    return { fileIndex, file, problems: read.problems }
  })
  report.rows = rows.length
  const organisations = await organisationIds(payload, options.req)
  const stored = await storedPractices(payload, user, [...new Set(rows.flatMap(({ unread }) => unread.slug ?? []))], options.req)
  const checks = new ImportRowChecks({ user, locale, publish, organisations, stored, usableMetrics: await usableMetrics(payload, user, options.req) })
  for (const { fileIndex, file, problems } of fileProblems) checks.addFileProblems(fileIndex, file, problems)
  if (publish && user && accessResult('practices', 'publish', user as AccessUser) !== true) {
    checks.addImportProblem({ row: 0, column: '(file)', value: 'publish', expected: translations(locale, 'importProblems').draftsOnly })
  }

  // Rows that pass their checks, in file order: new practices, and practices stored under their slugs.
  const created: PracticeInput[] = []
  const existing: PracticeInput[] = []
  const checkRows = async (batch: readonly FileRow[]): Promise<PracticeInput[]> => {
    const fresh: PracticeInput[] = []
    let slice = performance.now()
    for (const row of batch) {
      const input = checks.check(row)
      if (input) (stored.has(input.slug) ? existing : fresh).push(input)
      slice = await yieldAfterSlice(slice)
    }
    created.push(...fresh)
    return fresh
  }
  const refs = { organisations }
  const ownTransaction = options.req === undefined
  const req = options.req ?? (await createLocalReq({ user: user ?? undefined, context: { bulk: true } }, payload))
  if (ownTransaction) await initTransaction(req)
  try {
    if (ownTransaction && !report.dryRun) {
      // New practices are written batch by batch as their rows pass their checks, so that reading and checking
      // overlap writing. After a row with a problem the rest are only checked, and the transaction is rolled back.
      await createPractices(payload, rows, refs, req, {
        publish,
        inputsOf: async (batch) => {
          const fresh = await checkRows(batch)
          return checks.hasProblems ? [] : fresh
        },
      })
    } else {
      await checkRows(rows)
      if (!report.dryRun && !checks.hasProblems) await createPractices(payload, created, refs, req, { publish })
    }
    if (checks.hasProblems) {
      if (ownTransaction) await killTransaction(req)
      report.problems = checks.problems()
      return report
    }
    const unchanged = await unchangedSlugs(payload, existing, stored, publish, req)
    report.created = created.map((input) => input.slug)
    for (const input of existing) (unchanged.has(input.slug) ? report.unchanged : report.updated).push(input.slug)
    if (!report.dryRun) {
      const toUpdate = existing.filter((input) => !unchanged.has(input.slug)).map((input) => ({ id: stored.get(input.slug)!.id, input }))
      await updatePractices(payload, toUpdate, refs, req, { publish })
    }
    if (ownTransaction) {
      if (report.dryRun) await killTransaction(req)
      else await commitTransaction(req)
    }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    report.problems.push({ row: 0, column: '(file)', value: '', expected: unexpectedFailure(error, locale) })
    report.created = []
    report.updated = []
  }
  return report
}

async function organisationIds(payload: Payload, req?: PayloadRequest): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'organisations', limit: 0, pagination: false, depth: 0, select: { slug: true }, req })
  return new Map(docs.map((o) => [o.slug, o.id]))
}
