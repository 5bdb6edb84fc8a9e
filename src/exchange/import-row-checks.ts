/**
 * The checks of an import, row by row: each row read into practice input (its cells' own problems), validated by
 * the framework's schema, and checked against the file (a slug used twice) and the database (the user's countries,
 * known organisations, usable metrics, practices the user may change). Problems are kept by kind and listed in
 * this order: those of reading (by file and row), of the schema and the file, organisations, metrics, stored
 * practices, so a report reads the same whether the rows were checked at once or batch by batch.
 */
import type { AccessUser } from '@/access/roles'
import { countriesOf } from '@/access/roles'
import { allowsCountry } from '@/access/where'
import type { MetricStatus } from '@/framework/metric-vocabulary'
import { parsePracticeInput, type PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { ImportProblem, UnreadRow } from './import-file'
import { columnOfPath } from './rows'
import type { ImportUser, StoredPractice } from './stored-practices'

/** A row of one of the imported files; `file` is named when several files are imported together. */
export interface FileRow {
  file?: string
  fileIndex: number
  unread: UnreadRow
}

export interface RowContext {
  user: ImportUser
  locale: Locale
  publish: boolean
  organisations: ReadonlyMap<string, number>
  usableMetrics: ReadonlyMap<string, MetricStatus>
  stored: ReadonlyMap<string, StoredPractice>
}

export class ImportRowChecks {
  private readonly reading: (ImportProblem & { fileIndex: number })[] = []
  private readonly schema: ImportProblem[] = []
  private readonly organisations: ImportProblem[] = []
  private readonly metrics: ImportProblem[] = []
  private readonly storedPractices: ImportProblem[] = []
  private readonly seenSlugs = new Map<string, { file?: string; row: number }>()
  private readonly t

  constructor(private readonly context: RowContext) {
    this.t = translations(context.locale, 'importProblems')
  }

  /** Problems found before any row is read: of the files themselves (by file), or of the whole import. */
  addFileProblems(fileIndex: number, file: string | undefined, problems: readonly ImportProblem[]): void {
    this.reading.push(...problems.map((problem) => ({ ...problem, file, fileIndex })))
  }

  addImportProblem(problem: ImportProblem): void {
    this.schema.push(problem)
  }

  get hasProblems(): boolean {
    return this.reading.length + this.schema.length + this.organisations.length + this.metrics.length + this.storedPractices.length > 0
  }

  /** Every problem found, in the order a report lists them; those of reading by file and row, each row's as found. */
  problems(): ImportProblem[] {
    const reading = this.reading
      .map((problem, found) => ({ problem, found }))
      .sort((a, b) => a.problem.fileIndex - b.problem.fileIndex || a.problem.row - b.problem.row || a.found - b.found)
      .map(({ problem: { fileIndex: _, ...problem } }) => problem)
    return [...reading, ...this.schema, ...this.organisations, ...this.metrics, ...this.storedPractices]
  }

  /** Reads and checks one row; its practice input when the schema accepts it (other problems are recorded). */
  check({ file, fileIndex, unread }: FileRow): PracticeInput | undefined {
    const { t } = this
    const { user, locale } = this.context
    const row = unread.row
    const { input, problems } = unread.read()
    this.reading.push(...problems.map((problem) => ({ ...problem, file, fileIndex })))
    const parsed = parsePracticeInput(input, locale)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOfPath(issue.path)
        const value = cellValue(input, issue.path)
        const expected = issue.code === 'invalid_type' && value === '' ? t.required({ column }) : issue.message
        this.schema.push({ file, row, column, value, expected })
      }
      return undefined
    }
    const practice = parsed.data
    const earlier = this.seenSlugs.get(practice.slug)
    if (earlier !== undefined) {
      const where = earlier.file === file ? t.earlierRow({ row: String(earlier.row) }) : t.earlierRowOfFile({ row: String(earlier.row), file: earlier.file ?? '' })
      this.schema.push({ file, row, column: 'slug', value: practice.slug, expected: t.slugUsedBefore({ where }) })
    }
    this.seenSlugs.set(practice.slug, { file, row })
    if (user && !allowsCountry('practices', 'create', user as AccessUser, practice.country)) {
      const own = countriesOf(user as AccessUser).join(', ') || translations(locale, 'refusals').noCountries
      this.schema.push({ file, row, column: 'country', value: practice.country, expected: t.ownCountries({ own }) })
    }
    for (const key of ['originators', 'operators', 'partners'] as const) {
      for (const slug of practice[key] ?? []) {
        if (!this.context.organisations.has(slug)) this.organisations.push({ file, row, column: key, value: slug, expected: t.knownOrganisation })
      }
    }
    this.checkMetrics(practice, file, row)
    if (this.context.stored.get(practice.slug)?.forbidden) this.storedPractices.push({ file, row, column: 'slug', value: practice.slug, expected: t.editablePractice })
    return practice
  }

  /** Each indicator's metric must be one the user may use, and approved when the import publishes. */
  private checkMetrics(practice: PracticeInput, file: string | undefined, row: number): void {
    const { usableMetrics, publish } = this.context
    const known = () => [...usableMetrics.keys()].join(', ')
    ;((practice.indicators ?? []) as { metric: string }[]).forEach(({ metric }, index) => {
      const status = usableMetrics.get(metric)
      if (status === undefined) this.metrics.push({ file, row, column: 'indicators', value: metric, expected: this.t.knownMetric({ n: index + 1, known: known() }) })
      else if (publish && status !== 'approved') this.metrics.push({ file, row, column: 'indicators', value: metric, expected: this.t.approvedMetric({ n: index + 1 }) })
    })
  }
}

function cellValue(input: Record<string, unknown>, path: readonly PropertyKey[]): string {
  let value: unknown = input
  for (const key of path.slice(0, 2)) value = (value as Record<PropertyKey, unknown> | undefined)?.[key]
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)
}
