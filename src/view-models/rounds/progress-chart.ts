import type { CountryProgress } from '@/data/round-progress'
import type { ChartSeries } from '@/view-models/chart-types'

export interface ProgressSeriesNames {
  confirmed: string
  updated: string
  toVerifyOnTime: string
  overdue: string
}

/**
 * A round's progress as shares of each country's practices in four parts that add up to 100: confirmed, updated,
 * still to verify in time, overdue (for StackedBarChart). Countries are labelled by name.
 */
export function progressSeries(progress: readonly CountryProgress[], names: ProgressSeriesNames, countryName: (code: string) => string): ChartSeries[] {
  const share = (n: number, c: CountryProgress) => {
    const total = c.toVerify + c.confirmed + c.updated
    return total === 0 ? null : (100 * n) / total
  }
  const parts: [keyof ProgressSeriesNames, (c: CountryProgress) => number][] = [
    ['confirmed', (c) => c.confirmed],
    ['updated', (c) => c.updated],
    ['toVerifyOnTime', (c) => c.toVerify - c.overdue],
    ['overdue', (c) => c.overdue],
  ]
  return parts.map(([key, count]) => ({ name: names[key], data: progress.map((c) => ({ label: countryName(c.country), value: share(count(c), c) })) }))
}
