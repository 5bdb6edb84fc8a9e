import { useId } from 'react'

import { chartRows } from './chart-rows'
import type { ChartProps } from '@/view-models/chart-types'

/** What every chart of the kit derives from its props. */
export function useChart({ series, locale, numberFormat }: ChartProps) {
  // React's ids hold characters that do not belong in url(#…) references
  const chartId = `chart-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...numberFormat }).format
  return { chartId, format, rows: chartRows(series) }
}
