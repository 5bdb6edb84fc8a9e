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

const aboveZero = (v: number | null) => v !== null && v > 0

/**
 * A chart says something only when it sets at least two figures side by side: fewer than two values
 * above zero are better read as text (one bar, or one filled segment of a distribution, compares nothing);
 * with `series`, at least two series must have such a value.
 */
export function comparesTwoThings(rows: readonly ChartRow[], what: 'values' | 'series' = 'values'): boolean {
  if (what === 'values') return rows.flatMap((row) => row.values).filter(aboveZero).length >= 2
  const seriesCount = rows[0]?.values.length ?? 0
  return Array.from({ length: seriesCount }, (_, i) => rows.some((row) => aboveZero(row.values[i]!))).filter(Boolean).length >= 2
}

/** Rows that are zero in every series: named in a sentence rather than drawn as rows of empty bars. */
export const zeroRows = (rows: readonly ChartRow[]): ChartRow[] => rows.filter((row) => row.values.every((v) => v === 0))
