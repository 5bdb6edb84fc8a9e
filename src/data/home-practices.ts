/**
 * The home page's list of published practices: the first ones by title in the page's language (as the
 * catalogue sorts by title) and how many there are, from the catalogue index; kept until the next write to
 * practices, like everything else the home page shows.
 */
import 'server-only'

import type { Locale } from '@/framework/types'
import type { CataloguePageRow } from './catalogue'
import { catalogueIndex } from './catalogue-index'
import { dressStatement } from './catalogue-sql'
import { GenerationCache } from './generation-cache'
import { readThroughGeneration, type Queryable, type ReadOptions } from './generation-read'

export const HOME_PRACTICES = 50

export interface HomePractice {
  slug: string
  title: string
  summary: string | null
  country: { code: string; name: string }
  region: string | null
}

export interface HomePractices {
  items: HomePractice[]
  total: number
}

const lists = new GenerationCache<HomePractices>(8)

export function getHomePractices(locale: Locale, options?: ReadOptions): Promise<HomePractices> {
  return readThroughGeneration(lists, locale, (db, generation) => homePractices(db, generation, locale), options)
}

async function homePractices(db: Queryable, generation: string, locale: Locale): Promise<HomePractices> {
  const index = await catalogueIndex(db, generation)
  const first = (await index.ordering('title', locale)).subarray(0, HOME_PRACTICES)
  const dress = dressStatement(Array.from(first, (position) => index.ids[position]), locale)
  const { rows } = await db.query<CataloguePageRow>(dress.text, dress.values)
  return {
    total: index.ids.length,
    items: rows.map((row) => ({
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      country: { code: row.country, name: row.country_name },
      region: row.region,
    })),
  }
}
