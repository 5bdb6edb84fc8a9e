import type { LabelProps } from 'recharts'

import type { ChartRow } from './chart-rows'
import { chartFontSize, chartInk } from './palette'

/** A generous average width of one character at the chart's font size, to wrap names before they overflow. */
const CHAR_WIDTH = 7.2
const LINE_HEIGHT = 15
/** Characters per line on the narrowest phone (a plot about 300 pixels wide). */
const PHONE_LINE = Math.floor(300 / CHAR_WIDTH)

/**
 * The room for category names: `room` above each bar and as much below it (a name sits in the room of its
 * own bar and of the bar before), and the extra `top` margin the first name needs, for the longest name as
 * it wraps on a phone.
 */
export function labelSpace(rows: readonly ChartRow[]): { room: number; top: number } {
  const lines = Math.max(1, ...rows.map((r) => wrap(r.label, PHONE_LINE).length))
  const needed = 10 + lines * LINE_HEIGHT
  const room = Math.max(20, Math.ceil(needed / 2))
  return { room, top: Math.max(0, needed - room) }
}

/** Splits a name into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * The category's name, written above its bar or group of bars, wrapped to the chart's width, so that long
 * names fit on a phone; drawn by the first series that has a bar in the row. Pass it to a
 * <LabelList dataKey="label" content> of every series: the row is found by its label, since recharts
 * numbers only the bars it draws. `drawn` tells which values get a bar.
 */
export const categoryLabel = (rows: readonly ChartRow[], seriesIndex: number, drawn: (value: number | null) => boolean = (value) => value !== null) =>
  function CategoryLabel({ x, y, value, parentViewBox }: LabelProps) {
    const row = rows.find((r) => r.label === value)
    if (!row || row.values.findIndex(drawn) !== seriesIndex) return null
    const width = parentViewBox && 'width' in parentViewBox ? Number(parentViewBox.width) : 0
    const lines = width > 0 ? wrap(row.label, Math.max(12, Math.floor(width / CHAR_WIDTH))) : [row.label]
    return (
      <text x={Number(x)} y={Number(y) - 6 - (lines.length - 1) * LINE_HEIGHT} fill={chartInk} fontSize={chartFontSize} lang={row.lang}>
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    )
  }
