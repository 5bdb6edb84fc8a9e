import type { Locale } from '@/framework'
import type { AssessmentResults } from '@/benchmark/results'
import { translations } from '@/i18n/translations'
import { CategoryBarChart } from '@/components/charts/CategoryBarChart'
import { benchmarkChartTexts, percentFormat } from './chart-texts'
import { formatDate } from './format'

/** Section scores of the previous assessment beside this one's, and overall. */
export function ProgressChart({ locale, results, previousDate }: { locale: Locale; results: AssessmentResults; previousDate: string }) {
  const t = translations(locale, 'benchmark')
  const rows = [
    ...results.sections.map((s) => ({ label: s.section.title[locale], before: s.previousScore, now: s.score })),
    { label: t.overall, before: results.previousOverall, now: results.overall },
  ]
  return (
    <CategoryBarChart
      title={t.progressChart}
      labelHeading={t.section}
      series={[
        { name: t.previousAssessment({ date: formatDate(locale, previousDate) }), data: rows.map((r) => ({ label: r.label, value: r.before })) },
        { name: t.thisAssessment, data: rows.map((r) => ({ label: r.label, value: r.now })) },
      ]}
      sources={[]}
      locale={locale}
      numberFormat={percentFormat}
      texts={benchmarkChartTexts(locale, t.notAssessedScore)}
    />
  )
}
