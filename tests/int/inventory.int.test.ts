/**
 * The inventory's aggregates (home page, country list, profiles, country comparison) and the catalogue's
 * facet counts: against the counts the demo content's files give (the seed practices and the practice data
 * files), on a freshly seeded database of this file's own (other test files change the shared one), then
 * against a synthetic set counted independently with plain SQL over Payload's select tables.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDatabaseExists } from '../../scripts/lib/prepare-database'
import { insertSyntheticPractices } from '../../scripts/lib/synthetic-practices'
import { insertSyntheticSelectRows } from '../../scripts/lib/synthetic-select-rows'
import { getCatalogue } from '@/data/catalogue'
import { facetFields } from '@/data/catalogue-facets'
import { getCountryComparison, getCountryList, getCountryProfile } from '@/data/countries'
import type { Coverage } from '@/data/inventory-coverage'
import { getInventoryStats } from '@/data/inventory-stats'
import { parseCatalogueQuery } from '@/url-state/catalogue-query'
import { countsOf as countsInFiles, dataPractices, demoPractices, valuesOf } from '../support/demo-practices'
import { migrateAndSeed } from '../support/prepare-database'

const databaseUrl = Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/atlas_inventory_${process.pid}` }).toString()
let pool: pg.Pool
const fresh = () => ({ db: pool, cache: false })

beforeAll(async () => {
  await ensureDatabaseExists(databaseUrl)
  await migrateAndSeed(databaseUrl)
  pool = new pg.Pool({ connectionString: databaseUrl, max: 4 })
})

afterAll(async () => {
  await pool?.end()
  const admin = new pg.Client({ connectionString: Object.assign(new URL(databaseUrl), { pathname: '/postgres' }).toString() })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`)
  await admin.end()
})

type Counts = Record<string, Record<string, number>>

/** A coverage as counts per dimension and option (stages under "stages"), leaving out zeros. */
function countsOf(coverage: Coverage): Counts {
  const nonZero = (options: { key: string; count: number }[]) => Object.fromEntries(options.filter((o) => o.count > 0).map((o) => [o.key, o.count]))
  return { ...Object.fromEntries(coverage.dimensions.map((d) => [d.key, nonZero(d.options)])), stages: nonZero(coverage.stages) }
}

describe('inventory figures of the demo content', () => {
  const demo = demoPractices()
  const dimensions = ['themes', 'audiences', 'ictFunctions', 'fundingTypes', 'barriers']

  it('counts every practice of the files, their countries, organisations and coverage as the files do', async () => {
    const stats = await getInventoryStats('en', fresh())
    expect(stats.coverage.total).toBe(demo.length)
    const organisations = new Set(demo.flatMap((p) => ['originators', 'operators', 'partners'].flatMap((key) => valuesOf(p, key))))
    expect(stats.coverage.organisations).toBe(organisations.size)
    expect(Object.fromEntries(stats.countries.map((c) => [c.code, c.count]))).toEqual(countsInFiles(demo, 'country'))
    expect(stats.countries.map((c) => c.count)).toEqual(stats.countries.map((c) => c.count).sort((a, b) => b - a))
    const stages = countsInFiles(demo, 'policyStage')
    const unstated = demo.filter((p) => valuesOf(p, 'policyStage').length === 0).length
    expect(countsOf(stats.coverage)).toEqual({
      ...Object.fromEntries(dimensions.map((key) => [key, countsInFiles(demo, key)])),
      stages: unstated > 0 ? { ...stages, notStated: unstated } : stages,
    })
  })

  it('crosses target groups with ICT functions', async () => {
    const { audienceByIctFunction: cross } = await getInventoryStats('en', fresh())
    cross.rows.forEach((row, r) =>
      cross.columns.forEach((column, c) => {
        const both = demo.filter((p) => valuesOf(p, 'audiences').includes(row.key) && valuesOf(p, 'ictFunctions').includes(column.key))
        expect(cross.cells[r]![c], `${row.key} × ${column.key}`).toBe(both.length)
      }),
    )
  })

  it('counts the catalogue’s facets as the files do', async () => {
    const { total, facets } = await getCatalogue(parseCatalogueQuery({}), 'en', fresh())
    expect(total).toBe(demo.length)
    const nonZero = (param: string) => Object.fromEntries(facets.find((f) => f.param === param)!.options.filter((o) => o.count > 0).map((o) => [o.value, o.count]))
    expect(nonZero('country')).toEqual(countsInFiles(demo, 'country'))
    for (const field of facetFields) expect(nonZero(field.facet.param), field.key).toEqual(countsInFiles(demo, field.key))
  })

  it('publishes every practice of the data files with each figure and source its file gives', async () => {
    const figures = await pool.query<{ slug: string; figure: string }>(
      `SELECT p.slug, concat_ws(' ', i.metric, i.period, i.value::float8, i.source) AS figure
       FROM practices p JOIN practices_indicators i ON i._parent_id = p.id WHERE p._status = 'published'`,
    )
    const sources = await pool.query<{ slug: string; source: string }>(
      `SELECT p.slug, concat_ws(' ', s.key, s.url) AS source FROM practices p JOIN practices_sources s ON s._parent_id = p.id WHERE p._status = 'published'`,
    )
    const stored = (rows: { slug: string }[], column: 'figure' | 'source', slug: string) =>
      rows.filter((r) => r.slug === slug).map((r) => (r as Record<string, string>)[column]).sort()
    for (const practice of dataPractices()) {
      const indicators = (practice.indicators ?? []) as { metric: string; period: string; value: number; source: string }[]
      expect(stored(figures.rows, 'figure', practice.slug), practice.slug).toEqual(indicators.map((i) => `${i.metric} ${i.period} ${i.value} ${i.source}`).sort())
      const cited = (practice.sources ?? []) as { key: string; url?: string }[]
      expect(stored(sources.rows, 'source', practice.slug), practice.slug).toEqual(cited.map((c) => [c.key, c.url].filter(Boolean).join(' ')).sort())
    }
  })

  it('lists every country with its practices, in the page’s language', async () => {
    const countries = await getCountryList('nl', fresh())
    expect(countries).toHaveLength(41)
    expect(countries.find((c) => c.code === 'BE')).toEqual({ code: 'BE', name: 'België', count: 2 })
    expect(countries.filter((c) => c.count > 0).map((c) => c.code).sort()).toEqual(Object.keys(countsInFiles(demo, 'country')).sort())
  })

  it('profiles Belgium: its two practices, their organisations and coverage', async () => {
    const profile = await getCountryProfile('BE', 'en', fresh())
    expect(profile!.country).toEqual({ code: 'BE', name: 'Belgium', count: 2 })
    expect(profile!.practices.map((p) => p.slug).sort()).toEqual(['antwerp-radicalisation-flow', 'clbchat'])
    expect(profile!.coverage.organisations).toBe(7)
    expect(countsOf(profile!.coverage).audiences).toEqual({ pupils: 1, vetStudents: 1, youthAtRisk: 1, parents: 1, schoolStaff: 2 })
    expect(await getCountryProfile('XX', 'en', fresh())).toBeNull()
    expect((await getCountryProfile('MT', 'en', fresh()))!.coverage.total).toBe(0)
  })

  it('sets countries side by side and names the codes it does not know', async () => {
    const comparison = await getCountryComparison(['NL', 'BE', 'XX'], 'en', fresh())
    expect(comparison.countries.map((c) => [c.country.code, c.coverage.total])).toEqual([
      ['NL', 1],
      ['BE', 2],
    ])
    expect(comparison.unknown).toEqual(['XX'])
    expect(comparison.tooMany).toBe(false)
    expect((await getCountryComparison(['BE', 'NL', 'AT', 'DE', 'FR'], 'en', fresh())).tooMany).toBe(true)
  })
})

describe('inventory figures of a synthetic set', () => {
  let client: pg.PoolClient
  let draftId: number

  beforeAll(async () => {
    client = await pool.connect()
    await insertSyntheticPractices(client, 600)
    await insertSyntheticSelectRows(client)
    const { rows } = await client.query<{ id: number }>(
      `UPDATE practices SET _status = 'draft' WHERE id = (SELECT min(id) FROM practices WHERE synthetic AND country_id = 'BE' AND themes_mask <> 0) RETURNING id`,
    )
    draftId = rows[0]!.id
  })
  afterAll(() => client?.release())

  const selectTables: Record<string, string> = {
    themes: 'practices_themes',
    audiences: 'practices_audiences',
    ictFunctions: 'practices_ict_functions',
    fundingTypes: 'practices_funding_types',
    barriers: 'practices_barriers',
  }

  /** The same counts as the app's, computed from the select tables rather than the bit sets, per country ('' for all). */
  async function expectedCounts(country: string): Promise<Counts & { total: number }> {
    const where = `p._status = 'published'${country ? ` AND p.country_id = '${country}'` : ''}`
    const counts: Counts = {}
    for (const [dimension, table] of Object.entries(selectTables)) {
      const { rows } = await client.query<{ value: string; n: number }>(
        `SELECT x.value::text AS value, count(DISTINCT p.id)::int AS n FROM practices p JOIN ${table} x ON x.parent_id = p.id WHERE ${where} GROUP BY 1`,
      )
      counts[dimension] = Object.fromEntries(rows.map((r) => [r.value, r.n]))
    }
    const stages = await client.query<{ value: string; n: number }>(
      `SELECT coalesce(p.policy_stage::text, 'notStated') AS value, count(*)::int AS n FROM practices p WHERE ${where} GROUP BY 1`,
    )
    counts.stages = Object.fromEntries(stages.rows.map((r) => [r.value, r.n]))
    const total = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM practices p WHERE ${where}`)
    return Object.assign(counts, { total: total.rows[0]!.n })
  }

  it('counts the whole inventory as the select tables count it, drafts left out', async () => {
    const stats = await getInventoryStats('en', fresh())
    const { total, ...expected } = await expectedCounts('')
    expect(stats.coverage.total).toBe(total)
    expect(countsOf(stats.coverage)).toEqual(expected)
    expect(expected.fundingTypes).not.toEqual({})
    const { rows } = await client.query<{ audience: string; ict: string; n: number }>(
      `SELECT a.value::text AS audience, f.value::text AS ict, count(DISTINCT p.id)::int AS n
       FROM practices p JOIN practices_audiences a ON a.parent_id = p.id JOIN practices_ict_functions f ON f.parent_id = p.id
       WHERE p._status = 'published' GROUP BY 1, 2`,
    )
    const cross = stats.audienceByIctFunction
    for (const row of rows) {
      expect(cross.cells[cross.rows.findIndex((r) => r.key === row.audience)]![cross.columns.findIndex((c) => c.key === row.ict)]).toBe(row.n)
    }
    expect(cross.cells.flat().reduce((a, b) => a + b, 0)).toBe(rows.reduce((sum, r) => sum + r.n, 0))
  })

  it('counts each country of a comparison and a profile as the select tables count it', async () => {
    const comparison = await getCountryComparison(['BE', 'NL', 'DE', 'FR'], 'en', fresh())
    for (const { country, coverage } of comparison.countries) {
      const { total, ...expected } = await expectedCounts(country.code)
      expect(coverage.total).toBe(total)
      expect(countsOf(coverage)).toEqual(expected)
    }
    const profile = await getCountryProfile('SE', 'en', fresh())
    const { total, ...expected } = await expectedCounts('SE')
    expect(profile!.coverage.total).toBe(total)
    expect(profile!.country.count).toBe(total)
    expect(countsOf(profile!.coverage)).toEqual(expected)
  })

  it('answers from the cache until a practice is published', async () => {
    const cached = { db: pool }
    const before = await getInventoryStats('en', cached)
    expect(await getInventoryStats('en', cached)).toBe(before)
    const profileBefore = await getCountryProfile('BE', 'en', cached)
    await client.query(`UPDATE practices SET _status = 'published' WHERE id = $1`, [draftId])
    const after = await getInventoryStats('en', cached)
    expect(after.coverage.total).toBe(before.coverage.total + 1)
    expect((await getCountryProfile('BE', 'en', cached))!.coverage.total).toBe(profileBefore!.coverage.total + 1)
  })
})
