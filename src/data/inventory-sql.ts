/**
 * SQL of the inventory's aggregates over published practices, built from the coverage dimensions: counts per
 * option of each dimension, per policy-focus stage, per country, the audience × ICT-function cross-count and
 * the organisations involved. A scope of countries groups every count by country; without one the whole
 * inventory is counted. Bit-set dimensions are counted in one scan of `practices`; the others by grouping
 * their select tables joined to the published practices.
 */
import { coverageDimensions, dimensionByKey, STAGE_COLUMN, stageQuestion, type CoverageDimension } from './inventory-dimensions'
import { publicPractices } from './public-practices-sql'

/** Countries (ISO codes) to count separately, or null for the whole inventory. */
export type Scope = readonly string[] | null

export interface Statement {
  text: string
  values: unknown[]
}

const inScope = (scope: Scope) => (scope === null ? publicPractices : `${publicPractices} AND p.country_id = ANY($1::text[])`)
const scopeValues = (scope: Scope) => (scope === null ? [] : [scope])
const groupColumn = (scope: Scope) => (scope === null ? 'NULL::text' : 'p.country_id')
const groupBy = (scope: Scope, ...more: string[]) => {
  const keys = [...(scope === null ? [] : ['p.country_id']), ...more]
  return keys.length === 0 ? '' : `GROUP BY ${keys.join(', ')}`
}

const hasOption = (mask: string, index: number) => `(p.${mask} & ${1 << index}) <> 0`
const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`

const maskDimensions = coverageDimensions.filter((d): d is CoverageDimension & { storage: { mask: string } } => 'mask' in d.storage)
const tableDimensions = coverageDimensions.filter((d): d is CoverageDimension & { storage: { table: string } } => 'table' in d.storage)

/** Per scope row: the number of practices, the counts of every option of each bit-set dimension, and the stage counts (not stated last). */
export function coverageStatement(scope: Scope): Statement {
  const columns = maskDimensions.map(
    (d) => `ARRAY[${d.options.map((_, i) => `count(*) FILTER (WHERE ${hasOption(d.storage.mask, i)})::int`).join(', ')}] AS "${d.key}"`,
  )
  const stages = [
    ...stageQuestion.options.map((o) => `count(*) FILTER (WHERE p.${STAGE_COLUMN}::text = ${quoted(o.key)})::int`),
    `count(*) FILTER (WHERE p.${STAGE_COLUMN} IS NULL)::int`,
  ]
  return {
    text: `SELECT ${groupColumn(scope)} AS code, count(*)::int AS total,
      ${columns.join(',\n      ')},
      ARRAY[${stages.join(', ')}] AS stages
      FROM practices p WHERE ${inScope(scope)} ${groupBy(scope)}`,
    values: scopeValues(scope),
  }
}

/** Per scope, dimension and option: how many practices chose the option, for the dimensions without a bit set. */
export function selectTableCountsStatement(scope: Scope): Statement {
  const parts = tableDimensions.map(
    (d) => `SELECT ${groupColumn(scope)} AS code, ${quoted(d.key)} AS dimension, x.value::text AS value, count(DISTINCT p.id)::int AS count
      FROM practices p JOIN ${d.storage.table} x ON x.parent_id = p.id
      WHERE ${inScope(scope)} ${groupBy(scope, 'x.value')}`,
  )
  return { text: parts.join('\nUNION ALL\n'), values: scopeValues(scope) }
}

/** Per scope: the organisations named as originator, operator or partner of a published practice. */
export function organisationCountStatement(scope: Scope): Statement {
  return {
    text: `SELECT ${groupColumn(scope)} AS code, count(DISTINCT r.organisations_id)::int AS count
      FROM practices p JOIN practices_rels r ON r.parent_id = p.id
      WHERE ${inScope(scope)} AND r.organisations_id IS NOT NULL ${groupBy(scope)}`,
    values: scopeValues(scope),
  }
}

/**
 * Every country (or only those in `codes`) with its name in `locale` and its number of published practices,
 * zero included.
 */
export function countryCountsStatement(locale: string, codes?: readonly string[]): Statement {
  const only = (column: string) => (codes ? `AND ${column} = ANY($2::text[])` : '')
  return {
    text: `SELECT c.id AS code, coalesce(l.name, en.name, c.id) AS name, coalesce(n.count, 0)::int AS count
      FROM countries c
      LEFT JOIN countries_locales l ON l._parent_id = c.id AND l._locale = $1
      LEFT JOIN countries_locales en ON en._parent_id = c.id AND en._locale = 'en'
      LEFT JOIN (SELECT p.country_id, count(*) AS count FROM practices p WHERE ${publicPractices} ${only('p.country_id')} GROUP BY p.country_id) n
        ON n.country_id = c.id
      WHERE true ${only('c.id')}`,
    values: codes ? [locale, codes] : [locale],
  }
}

/**
 * For two bit-set dimensions, how many practices chose each pair of options: one array, row-major
 * (row option i, column option j at i × columns + j).
 */
export function crossCountStatement(rowKey: string, columnKey: string): Statement {
  const [rows, columns] = [dimensionByKey(rowKey), dimensionByKey(columnKey)]
  if (!('mask' in rows.storage) || !('mask' in columns.storage)) throw new Error('Cross counts need bit-set dimensions')
  const [rowMask, columnMask] = [rows.storage.mask, columns.storage.mask]
  const cells = rows.options.flatMap((_, i) =>
    columns.options.map((__, j) => `count(*) FILTER (WHERE ${hasOption(rowMask, i)} AND ${hasOption(columnMask, j)})::int`),
  )
  return { text: `SELECT ARRAY[${cells.join(', ')}] AS cells FROM practices p WHERE ${publicPractices}`, values: [] }
}
