import { ChartFigure } from './ChartFigure'
import { seriesColour } from './palette'
import { seriesFill } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'
import { useChart } from './use-chart'

/**
 * One horizontal bar per category, split into the series in order (a distribution over the series, such
 * as the stages of a scale, lowest first). Values are shares that add up to 100 for each category, on a
 * scale from 0 to 100; each bar's shares above zero are written under it. Categories without values get no bar.
 */
export function StackedBarChart(props: ChartProps) {
  const { series } = props
  const { chartId, format, rows } = useChart(props)
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format}>
      <div className="bar-chart">
        {rows.map((row) => {
          const starts = row.values.map((_, i) => row.values.slice(0, i).reduce<number>((sum, v) => sum + (v ?? 0), 0))
          return (
            <div className="bar-group" key={row.label}>
              <div className="bar-label" lang={row.lang}>
                {row.label}
              </div>
              <svg className="bar-track stacked" aria-hidden="true" focusable="false">
                {row.values.map((value, i) =>
                  value ? <rect key={i} x={`${starts[i]}%`} y="1" height="26" width={`${value}%`} fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth="1.5" /> : null,
                )}
              </svg>
              <p className="bar-parts">
                {row.values.map((value, i) =>
                  value ? (
                    <span key={i} lang={series[i]!.lang}>
                      {series[i]!.name}: <strong>{format(value)}</strong>
                    </span>
                  ) : null,
                )}
              </p>
            </div>
          )
        })}
        <div className="bar-scale" aria-hidden="true">
          <span>{format(0)}</span>
          <span>{format(100)}</span>
        </div>
      </div>
    </ChartFigure>
  )
}
