/**
 * Imports practices from a CSV or JSON file for a user: every row is validated
 * first; if any row has a problem nothing is written; otherwise all rows are
 * written in one transaction. Rows are matched by slug: an existing practice is
 * updated, a new one created as a draft (published only when asked by a user
 * who may publish). A row equal to the stored practice is left alone, so the
 * same file imported twice changes nothing. Practices are written in bulk (a few
 * set-based statements for the whole file).
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { AccessUser } from '@/access/roles'
import { countriesOf } from '@/access/roles'
import { accessResult, allowsCountry } from '@/access/where'
import { parsePracticeInput, type PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { createPractices } from '@/practice-input/create-practices'
import { updatePractices, type PracticeUpdate } from '@/practice-input/update-practices'
import { usableMetrics } from '@/practice-input/usable-metrics'
import { readImportFile, type ImportProblem } from './import-file'
import { storedPractices, unchangedSlugs, type ImportUser } from './stored-practices'
import { columnOfPath } from './rows'
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
  const t = translations(locale, 'importProblems')
  // With several files, every problem also names its file.
  const rows: { file?: string; row: number; input: Record<string, unknown> }[] = []
  for (const { name, bytes } of files) {
    const file = files.length > 1 ? name : undefined
    const read = readImportFile(bytes, name, locale)
    rows.push(...read.rows.map((row) => ({ ...row, file })))
    report.problems.push(...read.problems.map((problem) => ({ ...problem, file })))
  }
  report.rows = rows.length
  if (options.publish && user && accessResult('practices', 'publish', user as AccessUser) !== true) {
    report.problems.push({ row: 0, column: '(file)', value: 'publish', expected: t.draftsOnly })
  }

  const valid: { file?: string; row: number; input: PracticeInput }[] = []
  const seenSlugs = new Map<string, { file?: string; row: number }>()
  for (const { file, row, input } of rows) {
    const parsed = parsePracticeInput(input, locale)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOfPath(issue.path)
        const value = cellValue(input, issue.path)
        const expected = issue.code === 'invalid_type' && value === '' ? t.required({ column }) : issue.message
        report.problems.push({ file, row, column, value, expected })
      }
      continue
    }
    const practice = parsed.data
    const earlier = seenSlugs.get(practice.slug)
    if (earlier !== undefined) {
      const where = earlier.file === file ? t.earlierRow({ row: String(earlier.row) }) : t.earlierRowOfFile({ row: String(earlier.row), file: earlier.file ?? '' })
      report.problems.push({ file, row, column: 'slug', value: practice.slug, expected: t.slugUsedBefore({ where }) })
    }
    seenSlugs.set(practice.slug, { file, row })
    if (user && !allowsCountry('practices', 'create', user as AccessUser, practice.country)) {
      const own = countriesOf(user as AccessUser).join(', ') || translations(locale, 'refusals').noCountries
      report.problems.push({ file, row, column: 'country', value: practice.country, expected: t.ownCountries({ own }) })
    }
    valid.push({ file, row, input: practice })
  }

  const organisations = await organisationIds(payload, options.req)
  for (const { file, row, input } of valid) {
    for (const key of ['originators', 'operators', 'partners'] as const) {
      for (const slug of input[key] ?? []) {
        if (!organisations.has(slug)) report.problems.push({ file, row, column: key, value: slug, expected: t.knownOrganisation })
      }
    }
  }
  report.problems.push(...(await metricProblems(payload, user, valid, { publish: options.publish === true, locale, req: options.req })))
  const stored = await storedPractices(payload, user, valid.map((v) => v.input.slug), options.req)
  for (const { file, row, input } of valid) {
    if (stored.get(input.slug)?.forbidden) report.problems.push({ file, row, column: 'slug', value: input.slug, expected: t.editablePractice })
  }
  if (report.problems.length > 0) return report

  const ownTransaction = options.req === undefined
  const req = options.req ?? (await createLocalReq({ user: user ?? undefined, context: { bulk: true } }, payload))
  if (ownTransaction) await initTransaction(req)
  try {
    const unchanged = await unchangedSlugs(payload, valid.map((v) => v.input), stored, options.publish === true, req)
    const toCreate: PracticeInput[] = []
    const toUpdate: PracticeUpdate[] = []
    for (const { input } of valid) {
      const current = stored.get(input.slug)
      if (!current) {
        toCreate.push(input)
        report.created.push(input.slug)
      } else if (unchanged.has(input.slug)) {
        report.unchanged.push(input.slug)
      } else {
        toUpdate.push({ id: current.id, input })
        report.updated.push(input.slug)
      }
    }
    if (!report.dryRun) {
      const refs = { organisations }
      await createPractices(payload, toCreate, refs, req, { publish: options.publish === true })
      await updatePractices(payload, toUpdate, refs, req, { publish: options.publish === true })
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

function cellValue(input: Record<string, unknown>, path: readonly PropertyKey[]): string {
  let value: unknown = input
  for (const key of path.slice(0, 2)) value = (value as Record<PropertyKey, unknown> | undefined)?.[key]
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)
}

/** Each indicator's metric must be one the user may use, and approved when the import publishes. */
async function metricProblems(
  payload: Payload,
  user: ImportUser,
  rows: readonly { file?: string; row: number; input: PracticeInput }[],
  { publish, locale, req }: { publish: boolean; locale: Locale; req?: PayloadRequest },
): Promise<ImportProblem[]> {
  const usable = await usableMetrics(payload, user, req)
  const t = translations(locale, 'importProblems')
  const known = [...usable.keys()].join(', ')
  return rows.flatMap(({ file, row, input }) =>
    ((input.indicators ?? []) as { metric: string }[]).flatMap(({ metric }, index): ImportProblem[] => {
      const status = usable.get(metric)
      if (status === undefined) return [{ file, row, column: 'indicators', value: metric, expected: t.knownMetric({ n: index + 1, known }) }]
      if (publish && status !== 'approved') return [{ file, row, column: 'indicators', value: metric, expected: t.approvedMetric({ n: index + 1 }) }]
      return []
    }),
  )
}

async function organisationIds(payload: Payload, req?: PayloadRequest): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'organisations', limit: 0, pagination: false, depth: 0, select: { slug: true }, req })
  return new Map(docs.map((o) => [o.slug, o.id]))
}
