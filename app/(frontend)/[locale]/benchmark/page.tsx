import { BenchmarkStart } from '@/benchmark/components/BenchmarkStart'
import { listAssessments } from '@/benchmark/data/assessments'
import { getBenchmarkInventory } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { translations } from '@/i18n/translations'
import { localeParams, titledPageMetadata, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

export const generateMetadata = titledPageMetadata((locale) => translations(locale, 'benchmark').title, '/benchmark')

/** Where an assessment starts: the sections to assess and, optionally, the practice whose record pre-fills it. */
export default async function BenchmarkStartPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const query = await searchParams
  const viewer = await requestViewer()
  const [inventory, assessments] = await Promise.all([getBenchmarkInventory(), listAssessments(viewer)])
  return (
    <BenchmarkStart
      locale={locale}
      viewer={viewer}
      inventory={inventory}
      assessments={assessments}
      chosenPractice={typeof query.practice === 'string' ? query.practice : ''}
      sectionsMissing={query.error === 'sections'}
    />
  )
}
