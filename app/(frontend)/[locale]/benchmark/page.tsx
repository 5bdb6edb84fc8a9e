import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { BenchmarkStart } from '@/benchmark/components/BenchmarkStart'
import { listAssessments } from '@/benchmark/data/assessments'
import { getBenchmarkInventory } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
import type { LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

type Props = LocalePageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: translations(locale, 'benchmark').title, alternates: languageAlternates(locale, '/benchmark') }
}

/** Where an assessment starts: the sections to assess and, optionally, the practice whose record pre-fills it. */
export default async function BenchmarkStartPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
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
