/**
 * The compared practices' figures over time as charts of the chart kit: one chart per metric and unit,
 * a series per practice (or per source of a practice whose sources disagree), periods oldest first.
 * Breakdowns stay on each practice's page.
 */
import type { ComparedPractice } from '@/data/compare'
import type { MetricVocabulary } from '@/framework/metric-vocabulary'
import { unitOptions } from '@/framework/record'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { ChartProps, ChartSeries, ChartSource } from '@/view-models/chart-types'
import { columnName } from '@/view-models/practice/group-chart'
import { numberFormatFor } from '@/view-models/practice/indicator-format'
import { figuresOf } from '@/view-models/practice/indicator-figures'
import { groupIndicators, type IndicatorGroup } from '@/view-models/practice/indicator-groups'
import { optionLabelIn } from '@/framework'
import { readingOf, type Reading } from '@/view-models/practice/reading'

interface Reported {
  practice: ComparedPractice
  reading: Reading
  group: IndicatorGroup
}

const titleOf = ({ practice, untranslated }: ComparedPractice) => ({ name: practice.title, lang: untranslated.has('title') ? 'en' : undefined })

function seriesOf({ practice, reading, group }: Reported, periods: readonly string[]): ChartSeries[] {
  const title = titleOf(practice)
  return group.columns.map((column, index) => {
    const part = group.columns.length > 1 ? columnName(group, column, reading) : null
    return {
      name: part ? `${title.name}: ${part.name}` : title.name,
      lang: title.lang,
      data: periods.map((period) => ({ label: period, value: group.rows.find((r) => r.label === period)?.cells[index]?.value ?? null })),
    }
  })
}

export function comparedMetricCharts(practices: readonly ComparedPractice[], locale: Locale, metrics: MetricVocabulary): ChartProps[] {
  const t = translations(locale, 'compare')
  const reported = practices.flatMap((practice) => {
    const reading = readingOf(locale, practice.practice, practice.untranslated, metrics)
    return groupIndicators(figuresOf(practice.practice.indicators ?? []))
      .filter((group) => group.kind === 'series')
      .map((group): Reported => ({ practice, reading, group }))
  })
  const keys = [...new Set(reported.map((r) => r.group.key))]
  return keys.map((key) => {
    const groups = reported.filter((r) => r.group.key === key)
    const { metric, unit } = groups[0]!.group
    const unitNeeded = reported.some((r) => r.group.metric === metric && r.group.unit !== unit)
    const periods = [...new Set(groups.flatMap((r) => r.group.rows.map((row) => row.label)))].sort()
    const sources = groups
      .flatMap(({ practice, reading, group }): ChartSource[] =>
        group.sources.map((source) => ({ label: reading.sourceName(source), href: `/${locale}/practices/${practice.practice.slug}#source-${source}` })),
      )
      .filter((source, i, all) => all.findIndex((s) => s.label === source.label) === i)
    const reporting = practices.filter((p) => groups.some((r) => r.practice === p))
    const notes = [
      t.reportedBy({ titles: reporting.map((p) => p.practice.title).join('; ') }),
      reporting.length < practices.length ? t.notReportedBy({ titles: practices.filter((p) => !reporting.includes(p)).map((p) => p.practice.title).join('; ') }) : null,
      groups.some((r) => r.group.conflict) ? groups[0]!.reading.t.conflictNote : null,
    ]
    const metricLabel = groups[0]!.reading.metricName(metric)
    const label = unitNeeded ? `${metricLabel} (${optionLabelIn(unitOptions, unit, locale).toLowerCase()})` : metricLabel
    const practiceTexts = groups[0]!.reading.t
    return {
      title: periods.length > 1 ? practiceTexts.seriesTitle({ label, from: periods[0]!, to: periods.at(-1)! }) : `${label}, ${periods[0]}`,
      labelHeading: groups[0]!.reading.t.period,
      series: groups.flatMap((r) => seriesOf(r, periods)),
      sources,
      note: notes.filter(Boolean).join(' ') || undefined,
      compares: 'series',
      locale,
      numberFormat: numberFormatFor(unit),
      texts: translations(locale, 'chart'),
    }
  })
}
