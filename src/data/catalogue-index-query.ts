/**
 * A catalogue query answered from the catalogue index (catalogue-index.ts): PostgreSQL only matches the text
 * (and ranks it) and dresses the page's rows; filters, facet counts and the page's choice are bit-set work.
 * The answers equal the SQL catalogue's (catalogue-sql.ts): a facet's counts apply every filter but its own.
 */
import 'server-only'

import { TypedFastBitSet } from 'typedfastbitset'

import type { Locale } from '@/framework/types'
import { PAGE_SIZE, type CatalogueQuery } from '@/url-state/catalogue-query'
import { facets } from './catalogue-facets'
import type { CatalogueIndex } from './catalogue-index'
import { textMatchStatement } from './catalogue-sql'
import type { Queryable } from './generation-read'

export interface IndexAnswer {
  total: number
  /** per facet parameter, the count of each option that any practice matching the other filters has */
  counts: Map<string, Map<string, number>>
  /** practice ids of the page, in order */
  pageIds: number[]
}

/** The practices whose text matches, as a bit set, with each one's rank by position. */
async function textMatches(db: Queryable, index: CatalogueIndex, q: string, locale: Locale) {
  const statement = textMatchStatement(q, locale)
  const { rows } = await db.query<{ matches: string | null }>(statement.text, statement.values)
  const matched = new TypedFastBitSet()
  const rank = new Float64Array(index.ids.length)
  const pairs = rows[0]?.matches?.split(' ') ?? []
  for (let i = 0; i < pairs.length; i += 2) {
    // drafts match too: only indexed (published) practices count
    const position = index.positionOf(Number(pairs[i]))
    if (position < 0) continue
    matched.add(position)
    rank[position] = Number(pairs[i + 1])
  }
  matched.resize(index.ids.length)
  return { matched, rank }
}

/** The practices having any of the chosen options of one facet. */
function chosen(index: CatalogueIndex, param: string, keys: readonly string[], now: Date): TypedFastBitSet {
  const union = new TypedFastBitSet()
  union.resize(index.ids.length)
  for (const key of keys) {
    const set = index.optionSets(param, now).get(key)
    if (set) union.union(set)
  }
  return union
}

/** The `offset`-th to `offset + limit`-th positions of `ordering` that are in `matching`. */
function slice(ordering: ArrayLike<number>, matching: TypedFastBitSet, offset: number, limit: number): number[] {
  const page: number[] = []
  let seen = 0
  for (let i = 0; i < ordering.length && page.length < limit; i++) {
    if (!matching.has(ordering[i])) continue
    if (seen++ >= offset) page.push(ordering[i])
  }
  return page
}

export async function answerFromIndex(
  db: Queryable,
  index: CatalogueIndex,
  query: CatalogueQuery,
  locale: Locale,
  limit = PAGE_SIZE,
  now = new Date(),
): Promise<IndexAnswer> {
  const text = query.q ? await textMatches(db, index, query.q, locale) : undefined
  const base = text?.matched ?? index.all
  const filters = new Map(facets.filter((f) => query.filters[f.param]).map((f) => [f.param, chosen(index, f.param, query.filters[f.param], now)]))
  const matchingExcept = (skip?: string) => {
    const set = base.clone()
    for (const [param, filter] of filters) if (param !== skip) set.intersection(filter)
    return set
  }
  const matching = matchingExcept()
  const counts = new Map<string, Map<string, number>>()
  for (const facet of facets) {
    const others = filters.has(facet.param) ? matchingExcept(facet.param) : matching
    const optionCounts = new Map<string, number>()
    for (const [key, set] of index.optionSets(facet.param, now)) optionCounts.set(key, others.intersection_size(set))
    counts.set(facet.param, optionCounts)
  }
  const offset = (query.page - 1) * limit
  let page: number[]
  if (query.sort === 'relevance' && text) {
    // best rank first, then by id, as the SQL catalogue orders
    const positions = matching.array().sort((a, b) => text.rank[b] - text.rank[a] || index.ids[a] - index.ids[b])
    page = positions.slice(offset, offset + limit)
  } else {
    page = slice(await index.ordering(query.sort === 'relevance' ? 'newest' : query.sort, locale), matching, offset, limit)
  }
  return { total: matching.size(), counts, pageIds: page.map((position) => index.ids[position]) }
}
