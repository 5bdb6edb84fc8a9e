import { SeriesSwatch } from './SeriesSwatch'
import type { ChartSeries } from '@/view-models/chart-types'

/** Which colour and pattern stands for which series; shown only when there are several. */
export function ChartLegend({ chartId, series }: { chartId: string; series: readonly ChartSeries[] }) {
  if (series.length < 2) return null
  return (
    <ul className="chart-legend">
      {series.map((s, i) => (
        <li key={s.name} lang={s.lang}>
          <SeriesSwatch prefix={`${chartId}-legend`} index={i} />
          {s.name}
        </li>
      ))}
    </ul>
  )
}
