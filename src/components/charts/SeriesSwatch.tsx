import { seriesColour } from './palette'
import { SeriesPattern, seriesFill } from './SeriesPattern'

/**
 * A small square in the colour and pattern of series `index`, for legends and tooltips.
 * `prefix` must be unique on the page for each place swatches are shown (it names the pattern).
 */
export function SeriesSwatch({ prefix, index }: { prefix: string; index: number }) {
  return (
    <svg className="chart-swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <defs>
        <SeriesPattern prefix={prefix} index={index} />
      </defs>
      <rect x="1" y="1" width="12" height="12" fill={seriesFill(prefix, index)} stroke={seriesColour(index)} strokeWidth="1.5" />
    </svg>
  )
}
