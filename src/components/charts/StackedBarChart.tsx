'use client'

import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts'

import { categoryLabel, labelSpace } from './CategoryLabel'
import { ChartFigure } from './ChartFigure'
import { seriesTooltip } from './ChartTooltip'
import { rechartsData, seriesKey } from './chart-rows'
import { chartFontSize, chartInk, chartMuted, seriesColour } from './palette'
import { SeriesPatterns, seriesFill } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'
import { useChart } from './use-chart'

const BAR = 28
const AXIS = 28

/**
 * One horizontal bar per category, split into the series in order (a distribution over the series, such
 * as the stages of a scale, lowest first). Values are shares that add up to 100 for each category;
 * categories without values get no bar.
 */
export function StackedBarChart(props: ChartProps) {
  const { title, series, texts } = props
  const { chartId, format, rows } = useChart(props)
  const labels = labelSpace(rows)
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format} plotHeight={labels.top + rows.length * (BAR + 2 * labels.room) + AXIS}>
      <BarChart
        layout="vertical"
        data={rechartsData(rows)}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: labels.top, right: 12, bottom: 0, left: 0 }}
        title={title}
        desc={texts.keyboardHint}
      >
        <SeriesPatterns prefix={chartId} count={series.length} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={format} tick={{ fill: chartInk, fontSize: chartFontSize }} stroke={chartMuted} height={AXIS} />
        <YAxis type="category" dataKey="label" hide />
        {seriesTooltip({ chartId, series, rows, format, noValue: texts.noValue })}
        {series.map((s, i) => (
          <Bar key={s.name} dataKey={seriesKey(i)} name={s.name} stackId="distribution" barSize={BAR} fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth={1.5} isAnimationActive={false}>
            <LabelList dataKey="label" content={categoryLabel(rows, i, (v) => v !== null && v > 0)} />
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  )
}
