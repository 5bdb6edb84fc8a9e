/**
 * The catalogue index (src/data/catalogue-index.ts) against the catalogue computed by PostgreSQL alone: the
 * same totals, facet counts and pages for random queries over synthetic practices, and a publish seen on the
 * next request, also by an instance whose index was built before it (a pool of its own on the same database);
 * the facet "verified in the last 12 months".
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { insertSyntheticPractices } from '../../scripts/lib/synthetic-practices'
import { catalogueFromSql, getCatalogue } from '@/data/catalogue'
import { facets } from '@/data/catalogue-facets'
import { labelsOf } from '@/i18n/labels-of'
import { locales } from '@/i18n/locales'
import { parseCatalogueQuery, sorts, type CatalogueQuery } from '@/url-state/catalogue-query'
import { demoUser, payloadForTests } from '../support/payload'

let payload: Payload
let pool: pg.Pool
let otherInstance: pg.Pool

/** A small deterministic generator (mulberry32), so that a failing query can be found again. */
function randomFrom(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  return { next, pick }
}

const words = ['', '', 'chat', 'career portal', 'jobseekers', '"guidance app"', 'helpdesk -rural', 'pupils or parents', 'leerlingenbegeleiding', 'nothingmatchesthis']
const countries = ['BE', 'NL', 'DE', 'FR', 'AT', 'PL']

function randomQuery(random: ReturnType<typeof randomFrom>): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = { q: random.pick(words), sort: random.pick(sorts), page: String(random.pick([1, 1, 1, 2, 5])) }
  for (const facet of facets) {
    if (random.next() > 0.2) continue
    const keys = facet.kind === 'country' ? countries : facet.options.map((o) => o.key)
    params[facet.param] = Array.from({ length: 1 + Math.floor(random.next() * 2) }, () => random.pick(keys))
  }
  return params
}

beforeAll(async () => {
  payload = await payloadForTests()
  pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 })
  otherInstance = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
  const client = await pool.connect()
  await insertSyntheticPractices(client, 600)
  // verified in update rounds (src/rounds) from 0 to 23 months ago, or never
  await client.query(`UPDATE practices SET last_verified_at = now() - (id % 24) * interval '1 month' - (id % 7) * interval '1 hour' WHERE id % 3 > 0`)
  client.release()
})
afterAll(async () => {
  await pool?.end()
  await otherInstance?.end()
  await payload?.destroy()
})

describe('catalogue index', () => {
  it('answers 60 random queries (text, facets, sorts, pages, languages) exactly as the SQL catalogue does', async () => {
    const random = randomFrom(20261130)
    let nonEmpty = 0
    for (let i = 0; i < 60; i++) {
      const params = randomQuery(random)
      const locale = random.pick(locales)
      const query: CatalogueQuery = parseCatalogueQuery(params)
      const fromIndex = await getCatalogue(query, locale, { db: pool, cache: false })
      expect({ params, locale, ...fromIndex }).toEqual({ params, locale, ...(await catalogueFromSql(pool, query, locale)) })
      if (fromIndex.items.length > 0) nonEmpty++
    }
    // the comparison is worth something only if many queries find practices (some are meant to find none)
    expect(nonEmpty).toBeGreaterThanOrEqual(20)
  })

  it('shows a practice published through one instance on the next request to another, in results and counts', async () => {
    const query = parseCatalogueQuery({ q: 'zanzibarian', theme: 'funding' })
    const before = await getCatalogue(query, 'en', { db: otherInstance })
    const funding = (await getCatalogue(parseCatalogueQuery({}), 'en', { db: otherInstance })).facets.find((f) => f.param === 'theme')!
    const reviewer = await demoUser(payload, 'reviewer@example.org')
    await payload.create({
      collection: 'practices',
      data: { title: 'Zanzibarian guidance probe', slug: 'zanzibarian-probe', country: 'NL', originalLanguage: 'en', themes: ['funding'], _status: 'published' },
      user: reviewer,
      overrideAccess: false,
    })
    const after = await getCatalogue(query, 'en', { db: otherInstance })
    expect(before.total).toBe(0)
    expect(after.items.map((i) => i.slug)).toEqual(['zanzibarian-probe'])
    const fundingAfter = (await getCatalogue(parseCatalogueQuery({}), 'en', { db: otherInstance })).facets.find((f) => f.param === 'theme')!
    const count = (facet: typeof funding) => facet.options.find((o) => o.value === 'funding')!.count
    expect(count(fundingAfter)).toBe(count(funding) + 1)
  })
  it('offers the facet "verified in the last 12 months" in every language, counting and filtering by the dates', async () => {
    const { rows } = await pool.query<{ slug: string; country: string }>(
      `SELECT slug, country_id AS country FROM practices WHERE _status = 'published'
         AND last_verified_at >= (date_trunc('day', now() AT TIME ZONE 'UTC') - interval '12 months') AT TIME ZONE 'UTC'`,
    )
    await pool.query(`UPDATE practices SET last_verified_at = now() - interval '11 months' WHERE slug = 'clbchat'`)
    await pool.query(`UPDATE practices SET last_verified_at = now() - interval '13 months' WHERE slug = 'antwerp-radicalisation-flow'`)
    const recent = new Set(rows.map((r) => r.slug).filter((slug) => slug !== 'antwerp-radicalisation-flow').concat('clbchat'))
    for (const locale of locales) {
      const facet = (await getCatalogue(parseCatalogueQuery({}), locale, { db: pool })).facets.find((f) => f.param === 'verified')!
      expect(facet.label).toBe(labelsOf('catalogue.verifiedFacet')[locale])
      expect(facet.options).toEqual([{ value: 'last12Months', label: labelsOf('catalogue.verifiedRecently')[locale], count: recent.size, selected: false }])
    }
    const belgian = await getCatalogue(parseCatalogueQuery({ verified: 'last12Months', country: 'BE', sort: 'title' }), 'en', { db: pool })
    const expected = [...recent].filter((slug) => slug === 'clbchat' || rows.find((r) => r.slug === slug)?.country === 'BE')
    expect(belgian.total).toBe(expected.length)
    const slugs = (await Promise.all(Array.from({ length: belgian.pageCount }, (_, i) =>
      getCatalogue(parseCatalogueQuery({ verified: 'last12Months', country: 'BE', sort: 'title', page: String(i + 1) }), 'en', { db: pool }),
    ))).flatMap((r) => r.items.map((i) => i.slug))
    expect(slugs.sort()).toEqual(expected.sort())
    expect(slugs).not.toContain('antwerp-radicalisation-flow')
  })
})
