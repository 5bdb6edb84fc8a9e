/**
 * How the published practices of a scope (the whole inventory, or each of some countries) cover the
 * framework's coverage dimensions and the policy-focus scale, counted in SQL (inventory-sql.ts).
 */
import 'server-only'

import type { Locale } from '@/framework/types'
import type { Queryable } from './generation-read'
import { notStatedText } from '@/framework/record'
import { coverageDimensions, NOT_STATED, stageQuestion } from './inventory-dimensions'
import { coverageStatement, organisationCountStatement, selectTableCountsStatement, type Scope, type Statement } from './inventory-sql'

export interface OptionCount {
  key: string
  label: string
  count: number
}

export interface DimensionCoverage {
  key: string
  label: string
  options: OptionCount[]
}

export interface Coverage {
  /** published practices */
  total: number
  /** organisations named by those practices */
  organisations: number
  /** in the order of coverageDimensions, options in framework order */
  dimensions: DimensionCoverage[]
  /** the stages of the scale, lowest first, then the practices that state none */
  stages: OptionCount[]
}

type CoverageRow = { code: string | null; total: number; stages: number[] } & Record<string, number[]>

const run = <Row>(db: Queryable, statement: Statement) => db.query<Row>(statement.text, statement.values).then((r) => r.rows)

/** The coverage of each country in `scope` (countries without published practices count zero), or of the whole inventory under the key ''. */
export async function coverageOf(db: Queryable, scope: Scope, locale: Locale): Promise<Map<string, Coverage>> {
  const [rows, tableCounts, organisations] = await Promise.all([
    run<CoverageRow>(db, coverageStatement(scope)),
    run<{ code: string | null; dimension: string; value: string; count: number }>(db, selectTableCountsStatement(scope)),
    run<{ code: string | null; count: number }>(db, organisationCountStatement(scope)),
  ])
  const keys = scope ?? ['']
  return new Map(
    keys.map((key) => {
      const row = rows.find((r) => (r.code ?? '') === key)
      const counted = (dimension: string, option: string, index: number) =>
        row?.[dimension]?.[index] ?? tableCounts.find((c) => (c.code ?? '') === key && c.dimension === dimension && c.value === option)?.count ?? 0
      const coverage: Coverage = {
        total: row?.total ?? 0,
        organisations: organisations.find((o) => (o.code ?? '') === key)?.count ?? 0,
        dimensions: coverageDimensions.map((d) => ({
          key: d.key,
          label: d.label[locale],
          options: d.options.map((o, i) => ({ key: o.key, label: o.label[locale], count: counted(d.key, o.key, i) })),
        })),
        stages: [...stageQuestion.options, { key: NOT_STATED, label: notStatedText }].map((o, i) => ({
          key: o.key,
          label: o.label[locale],
          count: row?.stages[i] ?? 0,
        })),
      }
      return [key, coverage]
    }),
  )
}
