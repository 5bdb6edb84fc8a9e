/**
 * Countries for the public site: every country with its number of published practices, one country's
 * profile (its practices and their coverage of the framework) and two to four countries side by side.
 * Aggregates come from SQL and are cached until the next write to practices; like every SQL read they count
 * what an anonymous visitor may read (public-practices-sql.ts), whoever asks.
 */
import 'server-only'

import type { Locale } from '@/framework/types'
import { catalogueItemOf, type CatalogueItem, type CataloguePageRow } from './catalogue'
import { pageStatement } from './catalogue-sql'
import { countryCodeFormat, MAX_COUNTRIES } from '@/url-state/countries-query'
import { GenerationCache } from './generation-cache'
import { readThroughGeneration, type Queryable, type ReadOptions } from './generation-read'
import { coverageOf, type Coverage } from './inventory-coverage'
import { countryCountsStatement } from './inventory-sql'

export interface CountryCount {
  code: string
  name: string
  /** published practices */
  count: number
}

export interface CountryProfile {
  country: CountryCount
  coverage: Coverage
  /** the first page of its practices by title, as the catalogue lists them */
  practices: CatalogueItem[]
}

export interface CountryComparison {
  countries: { country: CountryCount; coverage: Coverage }[]
  /** codes given that name no country */
  unknown: string[]
  /** more codes were given than can be compared; the first ones are shown */
  tooMany: boolean
}

const lists = new GenerationCache<CountryCount[]>(8)
const profiles = new GenerationCache<CountryProfile | null>(200)
const comparisons = new GenerationCache<CountryComparison>(200)

/** Every country, or only those in `codes`, by name. */
async function countryCounts(db: Queryable, locale: Locale, codes?: readonly string[]): Promise<CountryCount[]> {
  const statement = countryCountsStatement(locale, codes)
  const { rows } = await db.query<CountryCount>(statement.text, statement.values)
  return rows.sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** Every country, by name in `locale`, with its number of published practices. */
export function getCountryList(locale: Locale, options?: ReadOptions): Promise<CountryCount[]> {
  return readThroughGeneration(lists, locale, (db) => countryCounts(db, locale), options)
}

/** One country's profile; null when no country has this code. */
export function getCountryProfile(code: string, locale: Locale, options?: ReadOptions): Promise<CountryProfile | null> {
  if (!countryCodeFormat.test(code)) return Promise.resolve(null)
  return readThroughGeneration(profiles, JSON.stringify([locale, code]), (db) => countryProfile(db, code, locale), options)
}

async function countryProfile(db: Queryable, code: string, locale: Locale): Promise<CountryProfile | null> {
  const page = pageStatement({ q: '', filters: { country: [code] }, sort: 'title', page: 1 }, locale)
  const [countries, coverage, practices] = await Promise.all([
    countryCounts(db, locale, [code]),
    coverageOf(db, [code], locale),
    db.query<CataloguePageRow>(page.text, page.values),
  ])
  const country = countries.find((c) => c.code === code)
  if (!country) return null
  return { country, coverage: coverage.get(code)!, practices: practices.rows.map(catalogueItemOf) }
}

/** Up to four countries side by side (the page asks for at least two); unknown codes are reported, not counted. */
export function getCountryComparison(codes: readonly string[], locale: Locale, options?: ReadOptions): Promise<CountryComparison> {
  return readThroughGeneration(comparisons, JSON.stringify([locale, codes]), (db) => countryComparison(db, codes, locale), options)
}

async function countryComparison(db: Queryable, codes: readonly string[], locale: Locale): Promise<CountryComparison> {
  const countries = await countryCounts(db, locale, codes)
  const known = codes.filter((code) => countries.some((c) => c.code === code))
  const shown = known.slice(0, MAX_COUNTRIES)
  const coverage = shown.length > 0 ? await coverageOf(db, shown, locale) : new Map<string, Coverage>()
  return {
    countries: shown.map((code) => ({ country: countries.find((c) => c.code === code)!, coverage: coverage.get(code)! })),
    unknown: codes.filter((code) => !known.includes(code)),
    tooMany: known.length > MAX_COUNTRIES,
  }
}
