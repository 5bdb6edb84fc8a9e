import type { Locale } from '@/framework'
import type { SectionResult } from '@/benchmark/results'
import { shareOf } from '@/benchmark/criterion-prevalence'
import { translations } from '@/i18n/translations'
import { CategoryBarChart } from '@/components/charts/CategoryBarChart'
import { benchmarkChartTexts, percentFormat } from './chart-texts'
import { ElementTable, type PeerColumn } from './ElementTable'
import { formatPercent } from './format'

interface Props {
  locale: Locale
  result: SectionResult
  practiceTitle: string | null
  peers: readonly PeerColumn[]
}

/** One section's results: its score, a chart of each element (your answer beside the inventory's share), and the element table. */
export function SectionResults({ locale, result, practiceTitle, peers }: Props) {
  const t = translations(locale, 'benchmark')
  const title = result.section.title[locale]
  const headingId = `results-${result.section.key}`
  const label = (e: SectionResult['elements'][number]) => e.element.criterion.label[locale]
  return (
    <section aria-labelledby={headingId} className="section-results">
      <h3 id={headingId}>
        {title}: <span className="section-score">{result.score === null ? t.notAssessedScore : formatPercent(locale, result.score)}</span>
      </h3>
      <CategoryBarChart
        title={t.sectionChart({ section: title })}
        labelHeading={t.element}
        series={[
          { name: t.seriesYours, data: result.elements.map((e) => ({ label: label(e), value: e.points })) },
          { name: t.seriesInventory, data: result.elements.map((e) => ({ label: label(e), value: e.prevalence && shareOf(e.prevalence) })) },
        ]}
        sources={[]}
        locale={locale}
        numberFormat={percentFormat}
        texts={benchmarkChartTexts(locale, t.noRule)}
      />
      <ElementTable locale={locale} result={result} practiceTitle={practiceTitle} peers={peers} />
    </section>
  )
}
