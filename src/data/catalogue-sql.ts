/**
 * SQL of the catalogue, built from the facet definitions: a filtered, ranked page
 * of published practices (public-practices-sql.ts) and the option counts of every facet. Counts follow
 * the usual faceted-search rule: a facet's counts apply every filter but its own,
 * so choosing one option never hides the others of the same facet.
 */
import type { Locale } from '@/framework/types'
import { facets, type Facet } from './catalogue-facets'
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
  }
}

/** Published practices, joined with their text-search rank when there is a text query. */
function source(query: CatalogueQuery, locale: Locale, params: Params): string {
  if (!query.q) return `practices p`
  const q = params.add(query.q)
  const own = `l._locale = ${params.add(locale)} AND l.search @@ websearch_to_tsquery('${textSearchConfig[locale]}', ${q})`
  // Practices not translated into the page's language are shown, and so searched, in English.
  const english = `l._locale = 'en' AND l.search @@ websearch_to_tsquery('english', ${q})`
  return `practices p JOIN (
      SELECT l._parent_id AS id, max(ts_rank(l.search, websearch_to_tsquery(atlas_regconfig(l._locale), ${q}))) AS rank
      FROM practices_locales l WHERE (${own}) OR (${english}) GROUP BY l._parent_id
    ) m ON m.id = p.id`
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

/** The page's ids are chosen first, joining only what the sort needs; the 20 rows are then dressed with their texts. */
export function pageStatement(query: CatalogueQuery, locale: Locale) {
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
        LIMIT ${PAGE_SIZE} OFFSET ${params.add((query.page - 1) * PAGE_SIZE)}
      )
      SELECT p.id, p.slug, p.country_id AS country, p.updated_at AS "updatedAt",
        coalesce(loc.title, en.title) AS title, coalesce(loc.summary, en.summary) AS summary,
        (loc.title IS NULL AND ${loc} <> 'en') AS untranslated, coalesce(cl.name, p.country_id) AS country_name
      FROM page JOIN practices p ON p.id = page.page_id
      ${titleJoins(loc)}
      LEFT JOIN countries_locales cl ON cl._parent_id = p.country_id AND cl._locale = ${loc}
      ORDER BY ${ordering.by}`,
    values: params.values,
  }
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
