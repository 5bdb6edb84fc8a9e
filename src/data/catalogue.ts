import 'server-only'

import type { Locale } from '@/framework/types'
import { facets } from './catalogue-facets'
import { PAGE_SIZE, type CatalogueQuery } from '@/url-state/catalogue-query'
import { catalogueIndex } from './catalogue-index'
import { answerFromIndex } from './catalogue-index-query'
import { countryCountsStatement, countsStatement, dressStatement, pageStatement } from './catalogue-sql'
import { GenerationCache } from './generation-cache'
import { readThroughGeneration, type Queryable, type ReadOptions } from './generation-read'

export interface CatalogueItem {
  slug: string
  title: string
  summary: string | null
  country: { code: string; name: string }
  updatedAt: string
  /** Shown in English because the page's language has no translation. */
  untranslated: boolean
}

export interface FacetCount {
  value: string
  label: string
  count: number
  selected: boolean
}

export interface CatalogueResult {
  total: number
  page: number
  pageCount: number
  items: CatalogueItem[]
  facets: { param: string; label: string; options: FacetCount[] }[]
}

/** A row of the catalogue's page statement (catalogue-sql.ts pageStatement). */
export interface CataloguePageRow {
  slug: string
  title: string
  summary: string | null
  country: string
  country_name: string
  updatedAt: Date
  region: string | null
  untranslated: boolean
}

export const catalogueItemOf = (row: CataloguePageRow): CatalogueItem => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  country: { code: row.country, name: row.country_name },
  updatedAt: new Date(row.updatedAt).toISOString(),
  untranslated: row.untranslated,
})

const answers = new GenerationCache<CatalogueResult>(500)

export type CatalogueOptions = ReadOptions

/**
 * The public catalogue: a page of published practices matching the query, and the counts of every facet,
 * answered from this instance's catalogue index (catalogue-index.ts) with PostgreSQL matching the text. It
 * lists what an anonymous visitor may read (public-practices-sql.ts), whoever asks: drafts belong in the admin.
 */
export function getCatalogue(query: CatalogueQuery, locale: Locale, options: CatalogueOptions = {}): Promise<CatalogueResult> {
  // the day too: the `since` facets count from it
  const key = JSON.stringify([locale, query, new Date().toISOString().slice(0, 10)])
  return readThroughGeneration(answers, key, (db, generation) => catalogueFromIndex(db, generation, query, locale), options)
}

/** What both ways of answering give: totals, option counts by facet and the page's rows. */
interface Counted {
  total: number
  /** option counts of each facet but the country one (of which only the countries counted) */
  counts: (param: string, key: string) => number
  countries: { code: string; name: string; count: number }[]
  rows: CataloguePageRow[]
}

function catalogueResult({ total, counts, countries, rows }: Counted, query: CatalogueQuery, locale: Locale): CatalogueResult {
  return {
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: rows.map(catalogueItemOf),
    facets: facets.map((facet) => {
      const selected = new Set(query.filters[facet.param] ?? [])
      const options =
        facet.kind === 'country'
          ? countries.map((c) => ({ value: c.code, label: c.name, count: c.count }))
          : facet.options.map((o) => ({ value: o.key, label: o.label[locale], count: counts(facet.param, o.key) }))
      return {
        param: facet.param,
        label: facet.label[locale],
        options: options
          .map((o) => ({ ...o, selected: selected.has(o.value) }))
          .filter((o) => o.count > 0 || o.selected)
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale)),
      }
    }),
  }
}

async function catalogueFromIndex(db: Queryable, generation: string, query: CatalogueQuery, locale: Locale): Promise<CatalogueResult> {
  const index = await catalogueIndex(db, generation)
  const [answer, names] = await Promise.all([answerFromIndex(db, index, query, locale), index.countryNames(locale)])
  const dress = dressStatement(answer.pageIds, locale)
  const { rows } = await db.query<CataloguePageRow>(dress.text, dress.values)
  const countries = [...answer.counts.get('country')!]
    // as SQL groups them: a country without matching practices is not among the options
    .filter(([, count]) => count > 0)
    .map(([code, count]) => ({ code, name: names.get(code) ?? code, count }))
  return catalogueResult({ total: answer.total, counts: (param, key) => answer.counts.get(param)!.get(key)!, countries, rows }, query, locale)
}

/**
 * The same answer computed by PostgreSQL alone, as the catalogue was answered before its index: the
 * reference the index is tested against, and the SQL floor the bench compares it with.
 */
export async function catalogueFromSql(db: Queryable, query: CatalogueQuery, locale: Locale): Promise<CatalogueResult> {
  const run = <Row>(statement: { text: string; values: unknown[] }) => db.query<Row>(statement.text, statement.values)
  const [counts, countries, page] = await Promise.all([
    run<Record<string, number[]> & { total: number }>(countsStatement(query, locale)),
    run<{ code: string; name: string; count: number }>(countryCountsStatement(query, locale)),
    run<CataloguePageRow>(pageStatement(query, locale)),
  ])
  const totals = counts.rows[0]
  const counted = (param: string, key: string) => {
    const facet = facets.find((f) => f.param === param)
    return facet && facet.kind !== 'country' ? totals[param][facet.options.findIndex((o) => o.key === key)] : 0
  }
  return catalogueResult({ total: totals.total, counts: counted, countries: countries.rows, rows: page.rows }, query, locale)
}
