'use client'

import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts'

import { categoryLabel, labelSpace } from './CategoryLabel'
import { ChartFigure } from './ChartFigure'
import { seriesTooltip } from './ChartTooltip'
import { rechartsData, seriesKey } from './chart-rows'
import { chartFontSize, chartInk, seriesColour } from './palette'
import { SeriesPatterns, seriesFill } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'
import { useChart } from './use-chart'

const BAR = 22
const BAR_GAP = 3
/** Width of one character of a value label, to leave room for the longest one. */
const CHAR_WIDTH = 8
/** A zero is drawn as a hairline, so that it keeps its labels (recharts drops bars without width). */
const zeroBar = (value: number | null | undefined) => (value === 0 ? 1 : 0)

/** Horizontal bars, one group per category, in the order given; for breakdowns by theme, month, … */
export function CategoryBarChart(props: ChartProps) {
  const { title, series, texts } = props
  const { chartId, format, rows, valueLabel } = useChart(props)
  const group = series.length * BAR + (series.length - 1) * BAR_GAP
  const labels = labelSpace(rows)
  const plotHeight = labels.top + rows.length * (group + 2 * labels.room)
  const longestValue = Math.max(...rows.flatMap((row) => row.values.map((v) => (v === null ? 0 : format(v).length))))
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format} plotHeight={plotHeight}>
      <BarChart
        layout="vertical"
        data={rechartsData(rows)}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: labels.top, right: longestValue * CHAR_WIDTH + 12, bottom: 0, left: 0 }}
        title={title}
        desc={texts.keyboardHint}
        barGap={BAR_GAP}
      >
        <SeriesPatterns prefix={chartId} count={series.length} />
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="label" hide />
        {seriesTooltip({ chartId, series, rows, format, noValue: texts.noValue })}
        {series.map((s, i) => (
          <Bar key={s.name} dataKey={seriesKey(i)} name={s.name} barSize={BAR} minPointSize={zeroBar} fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth={1.5} isAnimationActive={false}>
            <LabelList position="right" formatter={valueLabel} fill={chartInk} fontSize={chartFontSize} />
            <LabelList dataKey="label" content={categoryLabel(rows, i)} />
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  )
}
