/** The chart kit's props: plain, serializable data, so server components can pass them to the client charts. */

export interface ChartDatum {
  label: string
  value: number | null
  /** language of `label` when it differs from the page's (WCAG 3.1.2) */
  lang?: string
}

/** One series; the data of several series are matched by label. */
export interface ChartSeries {
  name: string
  lang?: string
  data: readonly ChartDatum[]
}

export interface ChartSource {
  label: string
  href?: string
}

/** Interface strings of a chart, in the page's language. */
export interface ChartTexts {
  /** before the sources in the caption, for one source and for several */
  source: string
  sources: string
  /** the summary that opens the data table */
  showTable: string
  /** read out for an empty table cell */
  noValue: string
  /** before the categories that are zero in every series, which get no bars */
  atZero: string
}

/**
 * The figures' labels as their sources word them, introduced in the page's language; `lang` marks them when they
 * are only in English (a practice not translated into the page's language).
 */
export interface FigureWording {
  intro: string
  labels: string
  lang?: string
}

export interface ChartProps {
  title: string
  titleLang?: string
  /** heading of the table column that holds the labels (period, theme, …) */
  labelHeading: string
  series: readonly ChartSeries[]
  sources: readonly ChartSource[]
  /** a remark shown under the caption, such as why sources are shown side by side */
  note?: string
  /** the figures' own labels, after the note, when they name what the title leaves open */
  wording?: FigureWording
  /**
   * What the chart must set side by side to be drawn rather than given as text: two values above zero
   * (the default), or two series with such a value (a comparison of practices, one series each).
   */
  compares?: 'values' | 'series'
  /** BCP 47 locale for numbers */
  locale: string
  numberFormat?: Intl.NumberFormatOptions
  texts: ChartTexts
}
