import { Tooltip, type TooltipContentProps } from 'recharts'

import { chartHighlight } from './palette'
import { SeriesSwatch } from './SeriesSwatch'
import type { ChartRow } from './chart-rows'
import type { ChartSeries } from '@/view-models/chart-types'

interface Props extends Partial<Pick<TooltipContentProps, 'active' | 'activeIndex'>> {
  chartId: string
  series: readonly ChartSeries[]
  rows: readonly ChartRow[]
  format: (value: number) => string
  noValue: string
}

/** The values of one label, shown on hover, touch or keyboard focus (arrow keys). */
export function ChartTooltip({ active, activeIndex, chartId, series, rows, format, noValue }: Props) {
  const row = active && activeIndex != null ? rows[Number(activeIndex)] : undefined
  if (!row) return null
  return (
    <div className="chart-tooltip" role="status">
      <p lang={row.lang}>{row.label}</p>
      <ul>
        {series.map((s, i) => (
          <li key={s.name}>
            {series.length > 1 && <SeriesSwatch prefix={`${chartId}-tooltip`} index={i} />}
            {series.length > 1 && <span lang={s.lang}>{s.name}: </span>}
            <strong>{row.values[i] === null ? noValue : format(row.values[i]!)}</strong>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Recharts' tooltip with this kit's content and hover highlight, as the bar charts place it among their children. */
export function seriesTooltip(props: Omit<Props, 'active' | 'activeIndex'>) {
  return <Tooltip content={<ChartTooltip {...props} />} cursor={{ fill: chartHighlight }} isAnimationActive={false} />
}
