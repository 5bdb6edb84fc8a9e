import { ChartFigure } from './ChartFigure'
import { zeroRows } from './chart-rows'
import { seriesColour } from './palette'
import { seriesFill } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'
import { useChart } from './use-chart'

/** The room each line keeps beside its bar for the value. */
const VALUE_ROOM = '5.5rem'

/**
 * Horizontal bars, one group per category, in the order given; for breakdowns by theme, topic, … Drawn on
 * the server: the name above each group, each bar an SVG scaled to the largest value (bars start at zero),
 * its value right after it as text. Categories at zero in every series are named under the bars instead.
 */
export function CategoryBarChart(props: ChartProps) {
  const { series, texts } = props
  const { chartId, format, rows } = useChart(props)
  const zero = zeroRows(rows)
  const max = Math.max(0, ...rows.flatMap((row) => row.values.map((v) => v ?? 0)))
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format}>
      <div className="bar-chart">
        {rows
          .filter((row) => !zero.includes(row))
          .map((row) => (
            <div className="bar-group" key={row.label}>
              <div className="bar-label" lang={row.lang}>
                {row.label}
              </div>
              {row.values.map((value, i) =>
                value === null ? null : (
                  <div className="bar-line" key={i}>
                    <svg className="bar-track" style={{ width: value === 0 ? '1px' : `calc((100% - ${VALUE_ROOM}) * ${value / max})` }} aria-hidden="true" focusable="false">
                      <rect x="0" y="1" height="20" width="100%" fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth="1.5" />
                    </svg>
                    <span className="bar-value">
                      {series.length > 1 && (
                        <span className="visually-hidden" lang={series[i]!.lang}>
                          {series[i]!.name}:{' '}
                        </span>
                      )}
                      {format(value)}
                    </span>
                  </div>
                ),
              )}
            </div>
          ))}
      </div>
      {zero.length > 0 && (
        <p className="chart-zero">
          {texts.atZero}{' '}
          {zero.map((row, i) => (
            <span key={row.label} lang={row.lang}>
              {i > 0 && '; '}
              {row.label}
            </span>
          ))}
        </p>
      )}
    </ChartFigure>
  )
}
