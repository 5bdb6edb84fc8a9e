/** Turns a group of indicators into the props of a chart of the chart kit, in the page's language. */
import type { ChartProps, ChartSeries, FigureWording } from '@/view-models/chart-types'
import { partLabels } from '@/framework/part-labels'
import { dimensionOptions } from '@/framework/record'
import { labelInSentence } from '@/i18n/label-in-sentence'
import { translations } from '@/i18n/translations'
import { numberFormatFor } from './indicator-format'
import { indicatorText } from './indicator-figures'
import type { GroupColumn, IndicatorGroup } from './indicator-groups'
import { optionLabelIn } from '@/framework'
import type { Reading } from './reading'
import { MONTHS_IN_YEAR, missingPeriods } from './series-gaps'

const firstFigure = (group: IndicatorGroup) => group.rows[0]!.figures[0]!

/**
 * The group's title, always wholly in the page's language: the label its figures share when that label
 * is translated, else built from the vocabulary's metric name and the framework's dimension name.
 */
export function groupTitle(group: IndicatorGroup, { locale, t, langOf, metricName }: Reading): string {
  const shared = group.sharedLabel && !langOf(indicatorText(firstFigure(group), 'label')) ? group.sharedLabel : null
  const metric = metricName(group.metric)
  if (group.kind === 'breakdown') {
    const dimension = group.dimension ? optionLabelIn(dimensionOptions, group.dimension, locale) : null
    // "Share of client group" needs no "by client group"
    const by = dimension && !metric.toLowerCase().includes(dimension.toLowerCase()) ? dimension : null
    if (shared || !by) return `${shared ?? metric}, ${group.period}`
    return t.breakdownTitle({ metric, dimension: labelInSentence(locale, by), period: group.period! })
  }
  const periods = group.rows.map((row) => row.label)
  return periods.length > 1 ? t.seriesTitle({ label: shared ?? metric, from: periods[0]!, to: periods.at(-1)! }) : `${shared ?? metric}, ${periods[0]}`
}

/** How a column is named: the metric when sources agree, else its source, and its label when needed. */
export function columnName(group: IndicatorGroup, column: GroupColumn, r: Reading): Pick<ChartSeries, 'name' | 'lang'> {
  if (column.source === null) return { name: r.metricName(group.metric) }
  const figure = group.rows.map((row) => row.cells[group.columns.indexOf(column)]).find(Boolean)!
  const oneSource = group.columns.every((c) => c.source === column.source)
  if (column.label && oneSource) return { name: column.label, lang: r.langOf(indicatorText(figure, 'label')) }
  const source = r.sourceName(column.source)
  return { name: column.label ? `${source}: ${column.label}` : source }
}

export const labelHeading = (group: IndicatorGroup, { locale, t }: Reading) =>
  group.kind === 'series' ? t.period : group.dimension ? optionLabelIn(dimensionOptions, group.dimension, locale) : partLabels.category[locale]

/** What the chart leaves out: periods between the first and last without figures, or months of a breakdown by month. */
function gapNote(group: IndicatorGroup, { t }: Reading): string | null {
  if (group.kind === 'series') {
    const missing = missingPeriods(group.rows.map((row) => row.label))
    return missing.length > 0 ? t.missingPeriods({ periods: missing.join(', ') }) : null
  }
  return group.dimension === 'month' && group.rows.length < MONTHS_IN_YEAR ? t.monthsPublished({ n: group.rows.length }) : null
}

/**
 * The figures' own labels, when a breakdown's title is built from the framework's names because the
 * labels differ (they may name what the metric leaves open, such as the topic of "Share of topic"): in the
 * page's language, or marked as English when the practice has them in English only; never a mix.
 */
function figureWording(group: IndicatorGroup, r: Reading): FigureWording | undefined {
  if (group.kind !== 'breakdown' || group.sharedLabel) return undefined
  const figures = group.rows.map((row) => row.figures[0]!)
  if (!figures.every((figure) => figure.label)) return undefined
  const langs = new Set(figures.flatMap((figure) => [r.langOf(indicatorText(figure, 'label')), r.langOf(indicatorText(figure, 'category'))]))
  if (langs.size > 1) return undefined
  const labels = group.rows.map((row, i) => `${row.label}: ${figures[i]!.label}`).join('; ')
  return { intro: r.t.figureLabelsIntro, labels, lang: [...langs][0] }
}

export function groupChart(group: IndicatorGroup, r: Reading): ChartProps {
  return {
    title: groupTitle(group, r),
    labelHeading: labelHeading(group, r),
    series: group.columns.map((column, index) => ({
      ...columnName(group, column, r),
      data: group.rows.map((row) => ({
        label: row.label,
        value: row.cells[index]?.value ?? null,
        lang: group.kind === 'breakdown' ? r.langOf(indicatorText(row.figures[0]!, 'category')) : undefined,
      })),
    })),
    sources: group.sources.map((key) => ({ label: r.sourceName(key), href: `#source-${key}` })),
    note: [group.conflict ? r.t.conflictNote : null, gapNote(group, r)].filter(Boolean).join(' ') || undefined,
    wording: figureWording(group, r),
    locale: r.locale,
    numberFormat: numberFormatFor(group.unit),
    texts: translations(r.locale, 'chart'),
  }
}
