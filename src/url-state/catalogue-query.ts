/** The catalogue's state as it stands in the URL, validated: text, filters per facet, sort and page. */
import { z } from 'zod'

import { facets } from '@/data/catalogue-facets'

export const sorts = ['relevance', 'title', 'newest', 'country'] as const
export type Sort = (typeof sorts)[number]
export const PAGE_SIZE = 20

export interface CatalogueQuery {
  q: string
  /** Selected option keys per facet parameter; unknown keys are dropped. */
  filters: Record<string, string[]>
  sort: Sort
  page: number
}

/** Best match first when searching by words, otherwise the most recently updated first. */
const defaultSort = (q: string): Sort => (q ? 'relevance' : 'newest')

type SearchParams = Record<string, string | string[] | undefined>

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','))

const countryCode = /^[A-Z]{2}$/

export function parseCatalogueQuery(params: SearchParams): CatalogueQuery {
  const q = z.string().trim().max(200).catch('').parse(list(params.q).join(' '))
  const filters: Record<string, string[]> = {}
  for (const facet of facets) {
    const known = (v: string) => (facet.kind === 'country' ? countryCode.test(v) : facet.options.some((o) => o.key === v))
    const chosen = [...new Set(list(params[facet.param]).map((v) => (facet.kind === 'country' ? v.toUpperCase() : v)))].filter(known)
    if (chosen.length > 0) filters[facet.param] = chosen
  }
  const sort = z.enum(sorts).catch(defaultSort(q)).parse(params.sort)
  const page = z.coerce.number().int().min(1).max(100_000).catch(1).parse(list(params.page)[0])
  return { q, filters, sort: sort === 'relevance' && !q ? defaultSort(q) : sort, page }
}

/** The URL search string of a catalogue state (what links and forms produce). */
export function catalogueSearch(query: CatalogueQuery, change: Partial<CatalogueQuery> = {}): string {
  const next = { ...query, ...change }
  const params = new URLSearchParams()
  if (next.q) params.set('q', next.q)
  for (const facet of facets) for (const value of next.filters[facet.param] ?? []) params.append(facet.param, value)
  if (next.sort !== defaultSort(next.q)) params.set('sort', next.sort)
  if (next.page > 1) params.set('page', String(next.page))
  const search = params.toString()
  return search ? `?${search}` : ''
}
