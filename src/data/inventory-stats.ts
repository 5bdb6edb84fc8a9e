/**
 * The whole inventory in figures, for the home page: key figures, practices per country, coverage of the
 * framework's dimensions, the audience × ICT-function cross-count and the policy-focus stages. Counted in
 * SQL, cached until the next write to practices.
 */
import 'server-only'

import type { Locale } from '@/framework/types'
import { getCountryList, type CountryCount } from './countries'
import { GenerationCache } from './generation-cache'
import { readThroughGeneration, type Queryable, type ReadOptions } from './generation-read'
import { coverageOf, type Coverage } from './inventory-coverage'
import { dimensionByKey } from './inventory-dimensions'
import { crossCountStatement } from './inventory-sql'

export interface CrossCount {
  rows: { key: string; label: string }[]
  columns: { key: string; label: string }[]
  /** cells[row][column]: practices that chose both */
  cells: number[][]
}

export interface InventoryStats {
  coverage: Coverage
  /** countries with published practices, most first */
  countries: CountryCount[]
  audienceByIctFunction: CrossCount
}

const stats = new GenerationCache<InventoryStats>(8)

export function getInventoryStats(locale: Locale, options?: ReadOptions): Promise<InventoryStats> {
  return readThroughGeneration(stats, locale, (db) => inventoryStats(db, locale), options)
}

async function inventoryStats(db: Queryable, locale: Locale): Promise<InventoryStats> {
  const cross = crossCountStatement('audiences', 'ictFunctions')
  const [coverage, countries, crossCounts] = await Promise.all([
    coverageOf(db, null, locale),
    getCountryList(locale, { db }),
    db.query<{ cells: number[] }>(cross.text, cross.values),
  ])
  const [rows, columns] = [dimensionByKey('audiences'), dimensionByKey('ictFunctions')]
  const cells = crossCounts.rows[0]?.cells ?? []
  return {
    coverage: coverage.get('')!,
    countries: countries.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale)),
    audienceByIctFunction: {
      rows: rows.options.map((o) => ({ key: o.key, label: o.label[locale] })),
      columns: columns.options.map((o) => ({ key: o.key, label: o.label[locale] })),
      cells: rows.options.map((_, i) => columns.options.map((__, j) => cells[i * columns.options.length + j] ?? 0)),
    },
  }
}
