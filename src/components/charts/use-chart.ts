import { useId } from 'react'

import { chartRows } from './chart-rows'
import type { ChartProps } from '@/view-models/chart-types'
import { useNumberFormat } from './use-number-format'

/** What every chart of the kit derives from its props. */
export function useChart({ series, locale, numberFormat }: ChartProps) {
  // React's ids hold characters that do not belong in url(#…) references
  const chartId = `chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const format = useNumberFormat(locale, numberFormat)
  return {
    chartId,
    format,
    rows: chartRows(series),
    /** for recharts' value labels, which may hand over any value */
    valueLabel: (value: unknown) => (typeof value === 'number' ? format(value) : ''),
  }
}
