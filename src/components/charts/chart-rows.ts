import type { ChartSeries } from '@/view-models/chart-types'

export interface ChartRow {
  label: string
  lang?: string
  /** one value per series, null where a series has none for this label */
  values: (number | null)[]
}

/** The series' data as rows, one per label in order of first appearance. */
export function chartRows(series: readonly ChartSeries[]): ChartRow[] {
  const rows = new Map<string, ChartRow>()
  series.forEach((s, index) => {
    for (const datum of s.data) {
      const row = rows.get(datum.label) ?? { label: datum.label, lang: datum.lang, values: series.map(() => null) }
      row.values[index] = datum.value
      rows.set(datum.label, row)
    }
  })
  return [...rows.values()]
}

/** Rows in the shape recharts reads: `{ label, s0, s1, … }`. */
export const rechartsData = (rows: readonly ChartRow[]) =>
  rows.map((row) => ({ label: row.label, ...Object.fromEntries(row.values.map((value, i) => [seriesKey(i), value])) }))

export const seriesKey = (index: number) => `s${index}`
