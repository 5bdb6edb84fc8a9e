/**
 * Groups a practice's indicators (PRODUCT.md §1, "Indicators") into what can be charted:
 * - a series per metric and unit without breakdown: one row per period, oldest first;
 * - a breakdown per metric, unit, period and dimension: one row per category, in entry order.
 * Figures are never merged or averaged. When the figures of a row differ, every source (or, when one
 * source gives several figures for the row, every source and label) gets a column of its own.
 */

/** One indicator as shown on the page: texts already in the page's language or its fallback. */
export interface IndicatorFigure {
  id: string
  metric: string
  unit: string
  period: string
  value: number
  dimension: string | null
  category: string | null
  label: string | null
  source: string
}

export interface GroupColumn {
  key: string
  /** null for the one column of a group whose figures agree on every row */
  source: string | null
  /** set when the source gives several figures for one row: the label tells them apart */
  label: string | null
}

export interface GroupRow {
  /** the period (series) or category (breakdown) */
  label: string
  /** every figure of the row; identical repeats (same source, label and value) only once */
  figures: IndicatorFigure[]
  /** the figure of each column, aligned with `columns` */
  cells: (IndicatorFigure | null)[]
}

export interface IndicatorGroup {
  key: string
  kind: 'series' | 'breakdown'
  metric: string
  unit: string
  /** breakdowns only */
  period: string | null
  dimension: string | null
  columns: GroupColumn[]
  rows: GroupRow[]
  /** two sources give different values for the same row */
  conflict: boolean
  /** source keys, in order of first appearance */
  sources: string[]
  /** the label all figures share, if they share one */
  sharedLabel: string | null
}

const isBreakdown = (f: IndicatorFigure) => Boolean(f.category)

const groupKey = (f: IndicatorFigure) =>
  isBreakdown(f) ? ['breakdown', f.metric, f.unit, f.period, f.dimension ?? ''].join('\u0000') : ['series', f.metric, f.unit].join('\u0000')

const rowLabel = (f: IndicatorFigure) => (isBreakdown(f) ? f.category! : f.period)

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)]

/** Groups figures by a key, keeping the order in which keys first appear. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

const sourcesDisagree = (figures: readonly IndicatorFigure[]) =>
  figures.some((f) => figures.some((g) => g.source !== f.source && g.value !== f.value))

const withoutRepeats = (figures: readonly IndicatorFigure[]) =>
  figures.filter(
    (f, i) => figures.findIndex((g) => g.source === f.source && g.label === f.label && g.value === f.value) === i,
  )

function columnsOf(rows: readonly { figures: IndicatorFigure[] }[]): { columns: GroupColumn[]; columnOf: (f: IndicatorFigure) => string } {
  const agree = rows.every((row) => unique(row.figures.map((f) => f.value)).length === 1)
  if (agree) return { columns: [{ key: 'all', source: null, label: null }], columnOf: () => 'all' }
  const splitByLabel = new Set(
    rows.flatMap((row) => [...groupBy(row.figures, (f) => f.source)].filter(([, fs]) => fs.length > 1).map(([source]) => source)),
  )
  const keyOf = (f: IndicatorFigure) => (splitByLabel.has(f.source) ? `${f.source}\u0000${f.label ?? ''}` : f.source)
  const columns = [...groupBy(rows.flatMap((row) => row.figures), keyOf)].map(([key, [first]]) => ({
    key,
    source: first!.source,
    label: splitByLabel.has(first!.source) ? first!.label : null,
  }))
  return { columns, columnOf: keyOf }
}

function groupOf(key: string, figures: IndicatorFigure[]): IndicatorGroup {
  const first = figures[0]!
  const kind = isBreakdown(first) ? 'breakdown' : 'series'
  const rowEntries = [...groupBy(figures, rowLabel)].map(([label, fs]) => ({ label, figures: withoutRepeats(fs) }))
  if (kind === 'series') rowEntries.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
  const { columns, columnOf } = columnsOf(rowEntries)
  const rows = rowEntries.map(({ label, figures: fs }) => ({
    label,
    figures: fs,
    cells: columns.map((c) => fs.find((f) => columnOf(f) === c.key) ?? null),
  }))
  const labels = unique(figures.map((f) => f.label))
  return {
    key,
    kind,
    metric: first.metric,
    unit: first.unit,
    period: kind === 'breakdown' ? first.period : null,
    dimension: kind === 'breakdown' ? first.dimension : null,
    columns,
    rows,
    conflict: rows.some((row) => sourcesDisagree(row.figures)),
    sources: unique(figures.map((f) => f.source)),
    sharedLabel: labels.length === 1 ? (labels[0] ?? null) : null,
  }
}

/** The chartable groups of a practice's figures, in the order their first figure was entered. */
export function groupIndicators(figures: readonly IndicatorFigure[]): IndicatorGroup[] {
  return [...groupBy(figures, groupKey)].map(([key, fs]) => groupOf(key, fs))
}
