'use client'

import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis, type LabelProps } from 'recharts'

import { ChartFigure } from './ChartFigure'
import { ChartTooltip } from './ChartTooltip'
import { rechartsData, seriesKey, type ChartRow } from './chart-rows'
import { chartFontSize, chartHighlight, chartInk, seriesColour } from './palette'
import { SeriesPatterns, seriesFill } from './SeriesPattern'
import type { ChartProps } from './types'
import { useChart } from './use-chart'

const BAR = 22
const BAR_GAP = 3
/** Room above each group of bars for its category label, and as much below it. */
const LABEL_ROOM = 20
/** Width of one character of a value label, to leave room for the longest one. */
const CHAR_WIDTH = 8

/**
 * The category's name, written above its group of bars so that long names fit on a phone; drawn by the
 * first series that has a bar in the row.
 */
const categoryLabel = (rows: readonly ChartRow[], seriesIndex: number) =>
  function CategoryLabel({ x, y, index }: LabelProps) {
    const row = index === undefined ? undefined : rows[index]
    if (!row || row.values.findIndex((v) => v !== null) !== seriesIndex) return null
    return (
      <text x={Number(x)} y={Number(y) - 6} fill={chartInk} fontSize={chartFontSize} lang={row.lang}>
        {row.label}
      </text>
    )
  }

/** Horizontal bars, one group per category, in the order given; for breakdowns by theme, month, … */
export function CategoryBarChart(props: ChartProps) {
  const { title, series, texts } = props
  const { chartId, format, rows, valueLabel } = useChart(props)
  const group = series.length * BAR + (series.length - 1) * BAR_GAP
  const plotHeight = rows.length * (group + 2 * LABEL_ROOM)
  const longestValue = Math.max(...rows.flatMap((row) => row.values.map((v) => (v === null ? 0 : format(v).length))))
  return (
    <ChartFigure {...props} chartId={chartId} rows={rows} format={format} plotHeight={plotHeight}>
      <BarChart
        layout="vertical"
        data={rechartsData(rows)}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 0, right: longestValue * CHAR_WIDTH + 12, bottom: 0, left: 0 }}
        title={title}
        desc={texts.keyboardHint}
        barGap={BAR_GAP}
      >
        <SeriesPatterns prefix={chartId} count={series.length} />
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis type="category" dataKey="label" hide />
        <Tooltip
          content={<ChartTooltip chartId={chartId} series={series} rows={rows} format={format} noValue={texts.noValue} />}
          cursor={{ fill: chartHighlight }}
          isAnimationActive={false}
        />
        {series.map((s, i) => (
          <Bar key={s.name} dataKey={seriesKey(i)} name={s.name} barSize={BAR} fill={seriesFill(chartId, i)} stroke={seriesColour(i)} strokeWidth={1.5} isAnimationActive={false}>
            <LabelList position="right" formatter={valueLabel} fill={chartInk} fontSize={chartFontSize} />
            <LabelList dataKey="label" content={categoryLabel(rows, i)} />
          </Bar>
        ))}
      </BarChart>
    </ChartFigure>
  )
}
