/**
 * The inventory's aggregates (home page, country list, profiles, country comparison): against the counts
 * the seed files give, on a freshly seeded database of this file's own (other test files change the shared
 * one), then against a synthetic set counted independently with plain SQL over Payload's select tables.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDatabaseExists } from '../../scripts/lib/prepare-database'
import { insertSyntheticPractices } from '../../scripts/lib/synthetic-practices'
import { insertSyntheticSelectRows } from '../../scripts/lib/synthetic-select-rows'
import { getCountryComparison, getCountryList, getCountryProfile } from '@/data/countries'
import type { Coverage } from '@/data/inventory-coverage'
import { getInventoryStats } from '@/data/inventory-stats'
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

describe('inventory figures of the seed data', () => {
  it('counts the three seed practices, their two countries and eight organisations', async () => {
    const stats = await getInventoryStats('en', fresh())
    expect(stats.coverage.total).toBe(3)
    expect(stats.coverage.organisations).toBe(8)
    expect(stats.countries.map((c) => [c.code, c.name, c.count])).toEqual([
      ['BE', 'Belgium', 2],
      ['NL', 'Netherlands', 1],
    ])
    expect(countsOf(stats.coverage)).toEqual({
      themes: { careerManagement: 1, access: 2, information: 1 },
      audiences: { pupils: 1, vetStudents: 1, youthAtRisk: 1, parents: 1, schoolStaff: 3 },
      ictFunctions: { information: 2, distance: 2, integration: 1 },
      fundingTypes: {},
      barriers: {},
      stages: { notStated: 3 },
    })
  })

  it('crosses target groups with ICT functions', async () => {
    const { audienceByIctFunction: cross } = await getInventoryStats('en', fresh())
    const cell = (audience: string, ict: string) =>
      cross.cells[cross.rows.findIndex((r) => r.key === audience)]![cross.columns.findIndex((c) => c.key === ict)]
    expect(cell('schoolStaff', 'information')).toBe(2)
    expect(cell('schoolStaff', 'integration')).toBe(1)
    expect(cell('pupils', 'distance')).toBe(1)
    expect(cell('youthAtRisk', 'information')).toBe(0)
    expect(cross.cells.flat().reduce((a, b) => a + b, 0)).toBe(3 * 3 + 2 + 2 + 1)
  })

  it('lists every country with its practices, in the page’s language', async () => {
    const countries = await getCountryList('nl', fresh())
    expect(countries).toHaveLength(41)
    expect(countries.find((c) => c.code === 'BE')).toEqual({ code: 'BE', name: 'België', count: 2 })
    expect(countries.filter((c) => c.count > 0).map((c) => c.code)).toEqual(['BE', 'NL'])
  })

  it('profiles Belgium: its two practices, their organisations and coverage', async () => {
    const profile = await getCountryProfile('BE', 'en', fresh())
    expect(profile!.country).toEqual({ code: 'BE', name: 'Belgium', count: 2 })
    expect(profile!.practices.map((p) => p.slug).sort()).toEqual(['antwerp-radicalisation-flow', 'clbchat'])
    expect(profile!.coverage.organisations).toBe(7)
    expect(countsOf(profile!.coverage).audiences).toEqual({ pupils: 1, vetStudents: 1, youthAtRisk: 1, parents: 1, schoolStaff: 2 })
    expect(await getCountryProfile('XX', 'en', fresh())).toBeNull()
    expect((await getCountryProfile('AT', 'en', fresh()))!.coverage.total).toBe(0)
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
