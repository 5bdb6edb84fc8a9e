import { ChartFigure } from './ChartFigure'
import { seriesColour } from './palette'
import { seriesFill } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'
import { useChart } from './use-chart'

/** Room above the tallest column for its value, as a share of the plot's height. */
const HEADROOM = 0.15

/**
 * Values per period as columns from a zero baseline, periods left to right in the order given (oldest
 * first), each column's value above it; drawn on the server as one SVG whose columns are placed in
 * percentages, so it needs no measuring.
 */
export function TimeSeriesChart(props: ChartProps) {
  const { series } = props
  const { chartId, format, rows } = useChart(props)
  const max = Math.max(0, ...rows.flatMap((row) => row.values.map((v) => v ?? 0)))
  const slot = 100 / rows.length
  const column = (slot * 0.8) / series.length
  const height = (value: number) => (max === 0 ? 0 : (value / max) * (1 - HEADROOM) * 100)
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format}>
      <svg className="column-plot" aria-hidden="true" focusable="false">
        <line x1="0" x2="100%" y1="100%" y2="100%" className="column-baseline" />
        {rows.flatMap((row, r) =>
          row.values.map((value, i) => {
            if (value === null) return null
            const x = r * slot + slot * 0.1 + i * column
            return (
              <g key={`${r}-${i}`}>
                <rect x={`${x}%`} width={`${column * 0.9}%`} y={`${100 - height(value)}%`} height={`${height(value)}%`} fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth="1.5" />
                <text x={`${x + column * 0.45}%`} y={`${100 - height(value)}%`} dy="-4" textAnchor="middle" className="column-value">
                  {format(value)}
                </text>
              </g>
            )
          }),
        )}
      </svg>
      <div className="column-labels" aria-hidden="true">
        {rows.map((row) => (
          <span key={row.label} lang={row.lang}>
            {row.label}
          </span>
        ))}
      </div>
    </ChartFigure>
  )
}
