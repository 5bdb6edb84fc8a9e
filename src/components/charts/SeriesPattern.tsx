import { seriesColour } from './palette'

const SIZE = 8

/** The marks of each pattern, drawn in the series colour on white; the first series is solid. */
const marks = [
  null,
  <path key="diagonal" d={`M0 ${SIZE} L${SIZE} 0 M-2 2 L2 -2 M${SIZE - 2} ${SIZE + 2} L${SIZE + 2} ${SIZE - 2}`} strokeWidth={2.5} />,
  <circle key="dots" cx={SIZE / 2} cy={SIZE / 2} r={2} strokeWidth={0} />,
  <path key="cross" d={`M0 ${SIZE / 2} H${SIZE} M${SIZE / 2} 0 V${SIZE}`} strokeWidth={2} />,
  <path key="horizontal" d={`M0 ${SIZE / 4} H${SIZE} M0 ${(SIZE * 3) / 4} H${SIZE}`} strokeWidth={2} />,
]

const patternId = (prefix: string, index: number) => `${prefix}-pattern-${index}`

/** The fill of series `index`: its colour, or a pattern defined by <SeriesPattern> under the same prefix. */
export const seriesFill = (prefix: string, index: number) =>
  marks[index % marks.length] ? `url(#${patternId(prefix, index)})` : seriesColour(index)

/** The SVG <pattern> of series `index` (nothing for solid series); place it inside an SVG's <defs>. */
export function SeriesPattern({ prefix, index }: { prefix: string; index: number }) {
  const mark = marks[index % marks.length]
  if (!mark) return null
  const colour = seriesColour(index)
  return (
    <pattern id={patternId(prefix, index)} width={SIZE} height={SIZE} patternUnits="userSpaceOnUse">
      <rect width={SIZE} height={SIZE} fill="#fff" />
      <g stroke={colour} fill={colour}>
        {mark}
      </g>
    </pattern>
  )
}

/** The patterns of all series of a chart, as the chart's <defs>. */
export function SeriesPatterns({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, index) => (
        <SeriesPattern key={index} prefix={prefix} index={index} />
      ))}
    </defs>
  )
}
