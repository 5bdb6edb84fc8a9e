'use client'

import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts'

import { ChartFigure } from './ChartFigure'
import { seriesTooltip } from './ChartTooltip'
import { rechartsData, seriesKey } from './chart-rows'
import { chartFontSize, chartGrid, chartInk, chartMuted, seriesColour } from './palette'
import { SeriesPatterns, seriesFill } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'
import { useChart } from './use-chart'

const PLOT_HEIGHT = 260
const tick = { fill: chartInk, fontSize: chartFontSize }

/** Values per period as columns, periods left to right in the order given (oldest first). */
export function TimeSeriesChart(props: ChartProps) {
  const { title, series, texts } = props
  const { chartId, format, rows, valueLabel } = useChart(props)
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format} plotHeight={PLOT_HEIGHT}>
      <BarChart
        data={rechartsData(rows)}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 24, right: 8, bottom: 4, left: 4 }}
        title={title}
        desc={texts.keyboardHint}
        barGap={4}
      >
        <SeriesPatterns prefix={chartId} count={series.length} />
        <CartesianGrid vertical={false} stroke={chartGrid} />
        <XAxis dataKey="label" tick={tick} stroke={chartMuted} interval={0} />
        <YAxis tick={tick} stroke={chartMuted} tickFormatter={format} width="auto" />
        {seriesTooltip({ chartId, series, rows, format, noValue: texts.noValue })}
        {series.map((s, i) => (
          <Bar key={s.name} dataKey={seriesKey(i)} name={s.name} fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth={1.5} maxBarSize={72} isAnimationActive={false}>
            <LabelList position="top" formatter={valueLabel} fill={chartInk} fontSize={chartFontSize} />
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  )
}
