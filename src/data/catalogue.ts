import 'server-only'

import type { Locale } from '@/framework/types'
import { facets } from './catalogue-facets'
import { PAGE_SIZE, type CatalogueQuery } from '@/url-state/catalogue-query'
import { countryCountsStatement, countsStatement, pageStatement } from './catalogue-sql'
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
 * The public catalogue: a page of published practices matching the query, and
 * the counts of every facet, computed in PostgreSQL. It lists what an anonymous
 * visitor may read (public-practices-sql.ts), whoever asks: drafts belong in the admin.
 */
export function getCatalogue(query: CatalogueQuery, locale: Locale, options: CatalogueOptions = {}): Promise<CatalogueResult> {
  return readThroughGeneration(answers, JSON.stringify([locale, query]), (pool) => computeCatalogue(pool, query, locale), options)
}

async function computeCatalogue(pool: Queryable, query: CatalogueQuery, locale: Locale): Promise<CatalogueResult> {
  const run = <Row>(statement: { text: string; values: unknown[] }) => pool.query<Row>(statement.text, statement.values)
  const [counts, countries, page] = await Promise.all([
    run<Record<string, number[]> & { total: number }>(countsStatement(query, locale)),
    run<{ code: string; name: string; count: number }>(countryCountsStatement(query, locale)),
    run<CataloguePageRow>(pageStatement(query, locale)),
  ])
  const totals = counts.rows[0]
  return {
    total: totals.total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(totals.total / PAGE_SIZE)),
    items: page.rows.map(catalogueItemOf),
    facets: facets.map((facet) => {
      const selected = new Set(query.filters[facet.param] ?? [])
      const options =
        facet.kind === 'country'
          ? countries.rows.map((c) => ({ value: c.code, label: c.name, count: c.count }))
          : facet.options.map((o, i) => ({ value: o.key, label: o.label[locale], count: totals[facet.param][i] }))
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
