import type { Practice } from '@/payload-types'
import type { IndicatorFigure } from './indicator-groups'

export type Indicator = NonNullable<Practice['indicators']>[number]

/** A practice's indicator rows as figures to group; rows without an id (unsaved) get their position. */
export const figuresOf = (indicators: readonly Indicator[]): IndicatorFigure[] =>
  indicators.map((row, index) => ({
    id: row.id ?? String(index),
    metric: row.metric,
    unit: row.unit,
    period: row.period,
    value: row.value,
    dimension: row.dimension ?? null,
    category: row.category ?? null,
    label: row.label ?? null,
    source: row.source,
  }))

/** Paths of an indicator's localized texts, as in Reading.langOf. */
export const indicatorText = (figure: Pick<IndicatorFigure, 'id'>, field: 'label' | 'category') => `indicators.${figure.id}.${field}`
