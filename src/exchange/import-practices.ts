/**
 * Imports practices from a CSV or JSON file for a user: every row is validated
 * first; if any row has a problem nothing is written; otherwise all rows are
 * written in one transaction. Rows are matched by slug: an existing practice is
 * updated, a new one created as a draft (published only when asked by a user
 * who may publish). A row equal to the stored practice is left alone, so the
 * same file imported twice changes nothing.
 */
import { isDeepStrictEqual } from 'node:util'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { AccessUser } from '../access/roles'
import { countriesOf } from '../access/roles'
import { accessResult, allowsCountry } from '../access/where'
import { practiceInputSchema, type PracticeInput } from '../framework/practice-schema'
import type { User } from '../payload-types'
import { savePractice } from '../practice-input/save-practice'
import { practiceFromDoc } from './practice-from-doc'
import { readImportFile, type ImportProblem } from './import-file'
import { columnOfPath } from './rows'

export interface ImportOptions {
  dryRun?: boolean
  publish?: boolean
}

export interface ImportReport {
  dryRun: boolean
  rows: number
  created: string[]
  updated: string[]
  unchanged: string[]
  problems: ImportProblem[]
}

type ImportUser = (User & { collection: 'users' }) | null

export async function importPractices(payload: Payload, user: ImportUser, bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { dryRun: options.dryRun === true, rows: 0, created: [], updated: [], unchanged: [], problems: [] }
  const read = readImportFile(bytes, fileName)
  report.rows = read.rows.length
  report.problems.push(...read.problems)
  if (options.publish && user && accessResult('practices', 'publish', user as AccessUser) !== true) {
    report.problems.push({ row: 0, column: '(file)', value: 'publish', expected: 'drafts only: your role may not publish' })
  }

  const valid: { row: number; input: PracticeInput }[] = []
  const seenSlugs = new Map<string, number>()
  for (const { row, input } of read.rows) {
    const parsed = practiceInputSchema.safeParse(input)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOfPath(issue.path)
        const value = cellValue(input, issue.path)
        const expected = issue.code === 'invalid_type' && value === '' ? `a value: ${column} is required` : issue.message
        report.problems.push({ row, column, value, expected })
      }
      continue
    }
    const practice = parsed.data
    const earlier = seenSlugs.get(practice.slug)
    if (earlier !== undefined) report.problems.push({ row, column: 'slug', value: practice.slug, expected: `a slug not used before in this file (also in row ${earlier})` })
    seenSlugs.set(practice.slug, row)
    if (user && !allowsCountry('practices', 'create', user as AccessUser, practice.country)) {
      report.problems.push({ row, column: 'country', value: practice.country, expected: `one of your countries (${countriesOf(user as AccessUser).join(', ') || 'none'})` })
    }
    valid.push({ row, input: practice })
  }

  const organisations = await organisationIds(payload)
  for (const { row, input } of valid) {
    for (const key of ['originators', 'operators', 'partners'] as const) {
      for (const slug of input[key] ?? []) {
        if (!organisations.has(slug)) report.problems.push({ row, column: key, value: slug, expected: 'the slug of an organisation already in the atlas' })
      }
    }
  }
  const existing = await existingPractices(payload, user, valid.map((v) => v.input.slug))
  for (const { row, input } of valid) {
    const current = existing.get(input.slug)
    if (current && current.forbidden) report.problems.push({ row, column: 'slug', value: input.slug, expected: 'a practice you may edit (this slug belongs to one you may not change)' })
  }
  if (report.problems.length > 0) return report

  const req = await createLocalReq({ user: user ?? undefined, context: { bulk: true } }, payload)
  await initTransaction(req)
  try {
    for (const { input } of valid) {
      const current = existing.get(input.slug)
      const comparable = (p: PracticeInput) => ({ ...p, published: undefined })
      if (current && isDeepStrictEqual(comparable(current.input!), comparable(input)) && (!options.publish || current.input!.published)) {
        report.unchanged.push(input.slug)
        continue
      }
      if (!report.dryRun) await savePractice(payload, input, { organisations }, req, { id: current?.id, publish: options.publish === true })
      ;(current ? report.updated : report.created).push(input.slug)
    }
    if (report.dryRun) await killTransaction(req)
    else await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    report.problems.push({ row: 0, column: '(file)', value: '', expected: `a file the database accepts (${error instanceof Error ? error.message : 'write failed'}); nothing was written` })
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

async function organisationIds(payload: Payload): Promise<Map<string, number>> {
  const { docs } = await payload.find({ collection: 'organisations', limit: 0, pagination: false, depth: 0, select: { slug: true } })
  return new Map(docs.map((o) => [o.slug, o.id]))
}

/**
 * The stored practices with these slugs: as the user sees them (latest draft
 * included), and whether the user may change them. Slugs are unique across all
 * records, so the first look is at every record, whoever may read it.
 */
async function existingPractices(payload: Payload, user: ImportUser, slugs: string[]) {
  const found = new Map<string, { id: number; input?: PracticeInput; forbidden: boolean }>()
  if (slugs.length === 0) return found
  const taken = await payload.find({ collection: 'practices', where: { slug: { in: slugs } }, depth: 0, limit: 0, pagination: false, select: { slug: true } })
  const visible = await payload.find({
    collection: 'practices',
    where: { slug: { in: slugs } },
    draft: true,
    locale: 'all',
    depth: 1,
    populate: { organisations: { slug: true } },
    limit: 0,
    pagination: false,
    overrideAccess: !user,
    user,
  })
  for (const doc of taken.docs) {
    const seen = visible.docs.find((v) => v.id === doc.id)
    const mayEdit = seen !== undefined && (!user || allowsCountry('practices', 'update', user as AccessUser, seen.country))
    found.set(doc.slug, { id: doc.id, input: seen ? practiceFromDoc(seen as unknown as Record<string, unknown>) : undefined, forbidden: !mayEdit })
  }
  return found
}
