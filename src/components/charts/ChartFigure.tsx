import type { ReactNode } from 'react'

import { ChartLegend } from './ChartLegend'
import { DataTable } from './DataTable'
import { comparesTwoThings, type ChartRow } from './chart-rows'
import { SeriesPatterns } from './SeriesPattern'
import type { ChartProps } from '@/view-models/chart-types'

interface Props extends Omit<ChartProps, 'locale' | 'numberFormat'> {
  chartId: string
  rows: readonly ChartRow[]
  format: (value: number) => string
  children: ReactNode
}

/**
 * The frame every chart shares: a <figure> whose caption gives the title and the sources, a legend when
 * there are several series, the plot, and the same figures as a table behind a disclosure. A chart that
 * would compare fewer than two figures gives them as text instead of the plot.
 */
export function ChartFigure({ chartId, title, titleLang, labelHeading, series, sources, note, wording, compares, texts, rows, format, children }: Props) {
  const drawn = comparesTwoThings(rows, compares)
  return (
    <figure className="chart" aria-labelledby={`${chartId}-title`} data-drawn={drawn}>
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
      {(note || wording) && (
        <p className="chart-note">
          {note}
          {note && wording && ' '}
          {wording && (
            <>
              {wording.intro} <span lang={wording.lang}>{wording.labels}</span>.
            </>
          )}
        </p>
      )}
      {drawn ? (
        <>
          <ChartLegend chartId={chartId} series={series} />
          <svg className="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <SeriesPatterns prefix={chartId} count={series.length} />
          </svg>
          <div className="chart-plot">{children}</div>
          <details className="chart-table">
            <summary>{texts.showTable}</summary>
            <DataTable caption={title} captionLang={titleLang} labelHeading={labelHeading} series={series} rows={rows} format={format} noValue={texts.noValue} />
          </details>
        </>
      ) : (
        <ChartAsText series={series} rows={rows} format={format} noValue={texts.noValue} />
      )}
    </figure>
  )
}

/** The figures of a chart not worth drawing: each label with its values, in a list. */
function ChartAsText({ series, rows, format, noValue }: Pick<Props, 'series' | 'rows' | 'format'> & { noValue: string }) {
  return (
    <ul className="chart-as-text">
      {rows.map((row) => (
        <li key={row.label}>
          <span lang={row.lang}>{row.label}</span>:{' '}
          {row.values.map((value, i) => (
            <span key={i}>
              {i > 0 && '; '}
              {series.length > 1 && <span lang={series[i]!.lang}>{series[i]!.name} </span>}
              <strong>{value === null ? noValue : format(value)}</strong>
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}
