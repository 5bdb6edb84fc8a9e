/**
 * Turns the coverage of one or more scopes (a country, several countries, the whole inventory) into
 * props of the chart kit: a bar chart per coverage dimension, and the policy-focus stages as one
 * distribution bar per scope. Several scopes are compared by shares of their own practices.
 */
import type { Coverage } from '@/data/inventory-coverage'
import { stageQuestion } from '@/data/inventory-dimensions'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { ChartProps } from '@/view-models/chart-types'

export interface CoverageEntry {
  /** the scope's name, such as the country's */
  name: string
  coverage: Coverage
}

/** A chart of a dimension, or the sentence that replaces it when no practice in the scopes chose any option. */
export type DimensionChart = { key: string; chart: ChartProps } | { key: string; empty: string }

const percent: Intl.NumberFormatOptions = { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }

/** `count` as a percentage of `total`, to one decimal; none when there is nothing to divide by. */
export const shareOf = (count: number, total: number): number | null => (total === 0 ? null : Math.round((count / total) * 1000) / 10)

/** `counts` shows one scope's numbers of practices; `shares` compares scopes by the share of their practices. */
export function dimensionCharts(entries: readonly CoverageEntry[], mode: 'counts' | 'shares', locale: Locale, only?: readonly string[]): DimensionChart[] {
  const t = translations(locale, 'countries')
  const dimensions = entries[0]!.coverage.dimensions.filter((d) => !only || only.includes(d.key))
  return dimensions.map((dimension): DimensionChart => {
    const ofEntry = (entry: CoverageEntry) => entry.coverage.dimensions.find((d) => d.key === dimension.key)!
    if (!entries.some((entry) => ofEntry(entry).options.some((o) => o.count > 0))) return { key: dimension.key, empty: t.noneStated({ label: dimension.label }) }
    return {
      key: dimension.key,
      chart: {
        title: mode === 'counts' ? t.countTitle({ label: dimension.label }) : t.shareTitle({ label: dimension.label }),
        labelHeading: dimension.label,
        series: entries.map((entry) => ({
          name: mode === 'counts' ? t.practices : t.seriesName({ name: entry.name, n: entry.coverage.total }),
          data: ofEntry(entry).options.map((o) => ({ label: o.label, value: mode === 'counts' ? o.count : shareOf(o.count, entry.coverage.total) })),
        })),
        sources: [],
        locale,
        numberFormat: mode === 'shares' ? percent : undefined,
        texts: translations(locale, 'chart'),
      },
    }
  })
}

/**
 * The policy-focus stages of each scope as shares of its practices, lowest stage first, "not stated" last;
 * `rowHeading` names what the scopes are (country, …) in the data table. Where most practices of a scope
 * state no stage, the note says how many.
 */
export function stageChart(entries: readonly CoverageEntry[], rowHeading: string, locale: Locale): ChartProps {
  const t = translations(locale, 'countries')
  const label = stageQuestion.label[locale]
  const open = entries
    .map((entry) => ({ entry, n: entry.coverage.stages.at(-1)!.count, total: entry.coverage.total }))
    .filter(({ n, total }) => total > 0 && n * 2 >= total)
    .map(({ entry, n, total }) => (entries.length > 1 ? `${entry.name}: ` : '') + t.openQuestion({ n, total }))
  return {
    note: open.length > 0 ? open.join(' ') : undefined,
    title: t.stagesTitle({ label }),
    labelHeading: rowHeading,
    series: entries[0]!.coverage.stages.map((stage, i) => ({
      name: stage.label,
      data: entries.map((entry) => ({ label: t.seriesName({ name: entry.name, n: entry.coverage.total }), value: shareOf(entry.coverage.stages[i]!.count, entry.coverage.total) })),
    })),
    sources: [],
    locale,
    numberFormat: percent,
    texts: translations(locale, 'chart'),
  }
}
