import type { ReactNode } from 'react'

import { ChartLegend } from './ChartLegend'
import { DataTable } from './DataTable'
import type { ChartRow } from './chart-rows'
import type { ChartProps } from '@/view-models/chart-types'

interface Props extends Omit<ChartProps, 'locale' | 'numberFormat'> {
  chartId: string
  rows: readonly ChartRow[]
  format: (value: number) => string
  /** the plot's height in pixels, reserved before the chart has measured its width */
  plotHeight: number
  children: ReactNode
}

/**
 * The frame every chart shares: a <figure> whose caption gives the title and the sources, a legend when
 * there are several series, the plot, and the same figures as a table behind a disclosure.
 */
export function ChartFigure({ chartId, title, titleLang, labelHeading, series, sources, note, texts, rows, format, plotHeight, children }: Props) {
  return (
    <figure className="chart" aria-labelledby={`${chartId}-title`}>
      <figcaption>
        <span className="chart-title" id={`${chartId}-title`} lang={titleLang}>
          {title}
        </span>
        {sources.length > 0 && (
          <span className="chart-source">
            {sources.length === 1 ? texts.source : texts.sources}:{' '}
            {sources.map((source, i) => (
              <span key={source.label}>
                {i > 0 && '; '}
                {source.href ? <a href={source.href}>{source.label}</a> : source.label}
              </span>
            ))}
          </span>
        )}
      </figcaption>
      {note && <p className="chart-note">{note}</p>}
      <ChartLegend chartId={chartId} series={series} />
      <div className="chart-plot" style={{ height: plotHeight }}>
        {children}
      </div>
      <details className="chart-table">
        <summary>{texts.showTable}</summary>
        <DataTable caption={title} captionLang={titleLang} labelHeading={labelHeading} series={series} rows={rows} format={format} noValue={texts.noValue} />
      </details>
    </figure>
  )
}
