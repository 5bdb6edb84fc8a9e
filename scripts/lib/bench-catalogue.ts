/**
 * The catalogue's timings for one database, as `npm run bench` and `npm run bench:catalogue` print them:
 * for a fixed set of queries, the catalogue data function uncached (cold), the facet-count SQL alone
 * (the floor: what an SQL design cannot go below) measured in the same run, their ratio, the whole answer
 * computed in SQL as before the catalogue index, and the answer from the cache (warm); and the home page's
 * data (figures and practice list), cold and warm.
 */
import type pg from 'pg'

import { catalogueFromSql, getCatalogue } from '@/data/catalogue'
import { catalogueIndex } from '@/data/catalogue-index'
import { countsStatement } from '@/data/catalogue-sql'
import { getHomePractices } from '@/data/home-practices'
import { currentGeneration } from '@/data/catalogue-generation'
import { getInventoryStats } from '@/data/inventory-stats'
import { parseCatalogueQuery } from '@/url-state/catalogue-query'
import { measure, percentile } from './timing'

export const catalogueQueries: [name: string, params: Record<string, string | string[]>][] = [
  ['no filter', {}],
  ['one facet (theme)', { theme: 'access' }],
  ['three facets', { theme: 'access', audience: 'pupils', channel: 'chat' }],
  ['text search', { q: 'chat' }],
  ['text + facets', { q: 'career', country: ['BE', 'NL'], channel: 'chat' }],
  ['last page', { page: 'LAST' }],
  ['title order, page 50', { sort: 'title', page: '50', audience: 'pupils' }],
  ['verified in 12 months + theme', { verified: 'last12Months', theme: 'access' }],
]

export interface CatalogueTiming {
  query: string
  matches: number
  cold: { p50: number; p95: number }
  floor: { p50: number; p95: number }
  /** cold p50 / floor p50 */
  ratio: number
  /** the same answer computed by PostgreSQL alone */
  sql: { p50: number; p95: number }
  warm: { p50: number }
}

const summary = (sorted: number[]) => ({ p50: percentile(sorted, 50), p95: percentile(sorted, 95) })

/** Times every catalogue query on `pool` (p50 and p95 over `runs` runs after 3 warm-ups). */
export async function benchCatalogue(pool: pg.Pool, runs = 30): Promise<CatalogueTiming[]> {
  const { total } = await getCatalogue(parseCatalogueQuery({}), 'en', { db: pool, cache: false })
  const lastPage = String(Math.ceil(total / 20))
  const timings: CatalogueTiming[] = []
  for (const [name, raw] of catalogueQueries) {
    const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === 'LAST' ? lastPage : v]))
    const query = parseCatalogueQuery(params)
    const result = await getCatalogue(query, 'en', { db: pool, cache: false })
    const cold = summary(await measure(() => getCatalogue(query, 'en', { db: pool, cache: false }), runs))
    const warm = summary(await measure(() => getCatalogue(query, 'en', { db: pool }), runs))
    const statement = countsStatement(query, 'en')
    const floor = summary(await measure(() => pool.query(statement.text, statement.values), runs))
    const sql = summary(await measure(() => catalogueFromSql(pool, query, 'en'), runs))
    timings.push({ query: name, matches: result.total, cold, floor, ratio: cold.p50 / floor.p50, sql, warm: { p50: warm.p50 } })
  }
  return timings
}

export interface HomeTiming {
  cold: { p50: number; p95: number }
  warm: { p50: number; p95: number }
}

/** The home page's data (figures, charts and practice list), uncached and from the cache. */
export async function benchHome(pool: pg.Pool, runs = 30): Promise<HomeTiming> {
  const read = (cache: boolean) => Promise.all([getInventoryStats('en', { db: pool, cache }), getHomePractices('en', { db: pool, cache })])
  return { cold: summary(await measure(() => read(false), 10, 1)), warm: summary(await measure(() => read(true), runs)) }
}

/**
 * The catalogue index of `pool`'s database now, built afresh: how long the build takes (what the first catalogue
 * request after a write waits for) and its bytes (bit sets and arrays; each sort order read adds 4 bytes a practice).
 */
export async function catalogueIndexBuild(pool: pg.Pool): Promise<{ ms: number; bytes: number; practices: number }> {
  // a connection of its own, so that no index held for `pool` is reused
  const client = await pool.connect()
  try {
    const generation = await currentGeneration(client)
    const started = performance.now()
    const index = await catalogueIndex(client, generation)
    return { ms: performance.now() - started, bytes: index.bytes, practices: index.ids.length }
  } finally {
    client.release()
  }
}
