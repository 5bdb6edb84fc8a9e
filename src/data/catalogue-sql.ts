/**
 * SQL of the catalogue, built from the facet definitions: a filtered, ranked page
 * of published practices (public-practices-sql.ts) and the option counts of every facet. Counts follow
 * the usual faceted-search rule: a facet's counts apply every filter but its own,
 * so choosing one option never hides the others of the same facet.
 */
import type { Locale } from '@/framework/types'
import { facets, sinceCutoff, type Facet } from './catalogue-facets'
import { PAGE_SIZE, type CatalogueQuery } from '@/url-state/catalogue-query'
import { publicPractices } from './public-practices-sql'

const textSearchConfig: Record<Locale, string> = { en: 'english', nl: 'dutch', fr: 'french', de: 'german' }

/** Positional parameters for one statement. */
class Params {
  readonly values: unknown[] = []
  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}

/** Bit set of the chosen options (bit i = option i), as a SQL literal. */
function bits(facet: Extract<Facet, { kind: 'mask' }>, keys: readonly string[]): string {
  const set = keys.reduce((acc, key) => acc | (1n << BigInt(facet.options.findIndex((o) => o.key === key))), 0n)
  return facet.wide ? `${set}::bigint` : `${set}`
}

function condition(facet: Facet, keys: readonly string[], params: Params): string {
  switch (facet.kind) {
    case 'mask':
      return `(p.${facet.column} & ${bits(facet, keys)}) <> 0`
    case 'column':
      return `p.${facet.column}::text = ANY(${params.add(keys)}::text[])`
    case 'country':
      return `p.country_id = ANY(${params.add(keys)}::text[])`
    case 'since':
      return since(facet, params)
  }
}

/** The condition of a `since` facet's one option. */
const since = (facet: Extract<Facet, { kind: 'since' }>, params: Params) =>
  `p.${facet.column} >= ${params.add(sinceCutoff(facet.months).toISOString())}::timestamptz`

/** The ids of practices whose text matches `q` (searched in the page's language and in English), with their best rank. */
function textMatch(q: string, locale: Locale, params: Params): string {
  const text = params.add(q)
  const own = `websearch_to_tsquery('${textSearchConfig[locale]}', ${text})`
  const english = `websearch_to_tsquery('english', ${text})`
  const loc = params.add(locale)
  // Practices not translated into the page's language are shown, and so searched, in English. Each row is
  // ranked by the query in its own language, parsed once rather than once per row.
  return `SELECT l._parent_id AS id, max(CASE WHEN l._locale = ${loc} THEN ts_rank(l.search, ${own}) ELSE ts_rank(l.search, ${english}) END) AS rank
      FROM practices_search l WHERE (l._locale = ${loc} AND l.search @@ ${own}) OR (l._locale = 'en' AND l.search @@ ${english})
      GROUP BY l._parent_id`
}

/** Published practices, joined with their text-search rank when there is a text query. */
function source(query: CatalogueQuery, locale: Locale, params: Params): string {
  if (!query.q) return `practices p`
  return `practices p JOIN (${textMatch(query.q, locale, params)}) m ON m.id = p.id`
}

/**
 * Every practice (published or not) whose text matches `q`, with its rank: the catalogue index asks PostgreSQL only
 * this. One row of text, "id rank id rank ...": a common word matches a tenth of the inventory, and the driver reads
 * one row of text faster than ten thousand rows. A float4 rank reads as the same text either way.
 */
export function textMatchStatement(q: string, locale: Locale) {
  const params = new Params()
  return { text: `SELECT string_agg(m.id || ' ' || m.rank, ' ') AS matches FROM (${textMatch(q, locale, params)}) m`, values: params.values }
}

function filtersExcept(query: CatalogueQuery, params: Params, skip?: string): string[] {
  return facets.filter((f) => f.param !== skip && query.filters[f.param]).map((f) => condition(f, query.filters[f.param], params))
}

const all = (conditions: string[]) => (conditions.length === 0 ? 'true' : conditions.join(' AND '))

export function countsStatement(query: CatalogueQuery, locale: Locale) {
  const params = new Params()
  const from = source(query, locale, params)
  const columns = [`count(*) FILTER (WHERE ${all(filtersExcept(query, params))})::int AS total`]
  for (const facet of facets) {
    if (facet.kind === 'country') continue
    const others = all(filtersExcept(query, params, facet.param))
    const counts = facet.options.map((option, i) =>
      facet.kind === 'mask'
        ? `count(*) FILTER (WHERE ${others} AND (p.${facet.column} & ${bits(facet, [option.key])}) <> 0)::int`
        : facet.kind === 'since'
          ? `count(*) FILTER (WHERE ${others} AND ${since(facet, params)})::int`
          : `count(*) FILTER (WHERE ${others} AND p.${facet.column}::text = '${option.key.replace(/'/g, "''")}')::int`,
    )
    columns.push(`ARRAY[${counts.join(', ')}] AS "${facet.param}"`)
  }
  return { text: `SELECT ${columns.join(',\n  ')} FROM ${from} WHERE ${publicPractices}`, values: params.values }
}

export function countryCountsStatement(query: CatalogueQuery, locale: Locale) {
  const params = new Params()
  const from = source(query, locale, params)
  const where = all([publicPractices, ...filtersExcept(query, params, 'country')])
  return {
    text: `SELECT p.country_id AS code, coalesce(cl.name, p.country_id) AS name, count(*)::int AS count
      FROM ${from} LEFT JOIN countries_locales cl ON cl._parent_id = p.country_id AND cl._locale = ${params.add(locale)}
      WHERE ${where} GROUP BY p.country_id, cl.name`,
    values: params.values,
  }
}

/** What each sort orders by, and the joins it needs to do so (kept out of the cheap sorts). */
const orderings: Record<CatalogueQuery['sort'], { joins: (loc: string) => string; by: string; key: string }> = {
  relevance: { joins: () => '', key: 'm.rank', by: 'sort_key DESC, page_id' },
  newest: { joins: () => '', key: 'p.updated_at', by: 'sort_key DESC, page_id DESC' },
  title: { joins: titleJoins, key: 'coalesce(loc.title, en.title)', by: 'sort_key, page_id' },
  country: {
    joins: (loc) => `${titleJoins(loc)} LEFT JOIN countries_locales cl ON cl._parent_id = p.country_id AND cl._locale = ${loc}`,
    key: "coalesce(cl.name, p.country_id) || ' ' || coalesce(loc.title, en.title)",
    by: 'sort_key, page_id',
  },
}

function titleJoins(loc: string): string {
  return `LEFT JOIN practices_locales loc ON loc._parent_id = p.id AND loc._locale = ${loc}
      LEFT JOIN practices_locales en ON en._parent_id = p.id AND en._locale = 'en'`
}

/** The texts of the practices in the CTE `page` (page_id, sort_key), in the order `by`. */
function dressing(loc: string, by: string): string {
  return `SELECT p.id, p.slug, p.country_id AS country, p.updated_at AS "updatedAt", coalesce(loc.region, en.region) AS region,
        coalesce(loc.title, en.title) AS title, coalesce(loc.summary, en.summary) AS summary,
        (loc.title IS NULL AND ${loc} <> 'en') AS untranslated, coalesce(cl.name, p.country_id) AS country_name
      FROM page JOIN practices p ON p.id = page.page_id
      ${titleJoins(loc)}
      LEFT JOIN countries_locales cl ON cl._parent_id = p.country_id AND cl._locale = ${loc}
      ORDER BY ${by}`
}

/** The page's ids are chosen first, joining only what the sort needs; the rows are then dressed with their texts. */
export function pageStatement(query: CatalogueQuery, locale: Locale, limit = PAGE_SIZE) {
  const params = new Params()
  const from = source(query, locale, params)
  const where = all([publicPractices, ...filtersExcept(query, params)])
  const loc = params.add(locale)
  const ordering = orderings[query.sort]
  return {
    text: `WITH page AS (
        SELECT p.id AS page_id, ${ordering.key} AS sort_key FROM ${from} ${ordering.joins(loc)}
        WHERE ${where}
        ORDER BY ${ordering.by}
        LIMIT ${params.add(limit)} OFFSET ${params.add((query.page - 1) * limit)}
      )
      ${dressing(loc, ordering.by)}`,
    values: params.values,
  }
}

/** The rows of the practices `ids`, in that order: a page the catalogue index chose. */
export function dressStatement(ids: readonly number[], locale: Locale) {
  const params = new Params()
  const page = `SELECT page_id, sort_key FROM unnest(${params.add(ids)}::int[]) WITH ORDINALITY AS u(page_id, sort_key)`
  return { text: `WITH page AS (${page}) ${dressing(params.add(locale), 'sort_key')}`, values: params.values }
}

/**
 * Every published practice's id, in the order of a sort that needs no text query: the catalogue index's orderings,
 * as one comma-separated column (see indexColumnsStatement).
 */
export function orderingStatement(sort: Exclude<CatalogueQuery['sort'], 'relevance'>, locale: Locale) {
  const ordering = orderings[sort]
  const joins = ordering.joins('$1')
  return {
    text: `SELECT string_agg(page_id::text, ',' ORDER BY ${ordering.by}) AS ids FROM (
        SELECT p.id AS page_id, ${ordering.key} AS sort_key FROM practices p ${joins} WHERE ${publicPractices}
      ) page`,
    // the sorts by date join no texts, so name no language
    values: joins ? [locale] : [],
  }
}

/**
 * Every published practice with what the catalogue filters by, the rows the catalogue index is built from: one
 * row of comma-separated columns in id order (ids, country codes, stored facet values; empty for none), which
 * PostgreSQL sends and JavaScript splits much faster than 100,000 rows.
 */
export function indexColumnsStatement() {
  const values = facets.map((f) =>
    f.kind === 'country'
      ? `p.country_id`
      : // dates as milliseconds since 1970, to compare with the day's cutoff in memory
        f.kind === 'since'
        ? `(extract(epoch FROM p.${f.column}) * 1000)::bigint::text`
        : `p.${f.column}::text`,
  )
  const columns = [`string_agg(p.id::text, ',' ORDER BY p.id) AS id`, ...facets.map((f, i) => `string_agg(coalesce(${values[i]}, ''), ',' ORDER BY p.id) AS "${f.param}"`)]
  return { text: `SELECT ${columns.join(',\n  ')} FROM practices p WHERE ${publicPractices}`, values: [] }
}

/**
 * The next `limit` practices matching the query's text and filters, by slug, after the slug `after` (from the
 * first when null): the keyset pages an export of this catalogue view reads, so that no statement lists ids.
 */
export function matchingPageStatement(query: CatalogueQuery, locale: Locale, after: string | null, limit: number) {
  const params = new Params()
  const from = source(query, locale, params)
  const conditions = [publicPractices, ...filtersExcept(query, params)]
  if (after !== null) conditions.push(`p.slug > ${params.add(after)}`)
  return { text: `SELECT p.id, p.slug AS key FROM ${from} WHERE ${all(conditions)} ORDER BY p.slug LIMIT ${params.add(limit)}`, values: params.values }
}

/** How many practices match the query's text and filters. */
export function matchingCountStatement(query: CatalogueQuery, locale: Locale) {
  const params = new Params()
  const from = source(query, locale, params)
  return { text: `SELECT count(*)::int AS count FROM ${from} WHERE ${all([publicPractices, ...filtersExcept(query, params)])}`, values: params.values }
}
