import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parseAssessmentRef } from '@/benchmark/assessment-ref'
import { AssessmentReportView } from '@/benchmark/components/AssessmentReportView'
import { getAssessmentReport } from '@/benchmark/data/report'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { metadataBase } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
import type { LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

type Props = LocalePageProps<{ ref: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // The address may be a private link: keep it out of search engines and of Referer headers to other sites.
  return { title: translations(locale, 'benchmark').title, robots: { index: false }, referrer: 'same-origin' }
}

/** The results of one assessment (the printable report), and what to do next. */
export default async function AssessmentResultsPage({ params, searchParams }: Props) {
  const { locale, ref: segment } = await params
  if (!isLocale(locale)) notFound()
  const ref = parseAssessmentRef(segment)
  if (!ref) notFound()
  const viewer = await requestViewer()
  const report = await getAssessmentReport(viewer, ref)
  if (!report) notFound()
  const query = await searchParams
  const shared = query.shared === undefined ? null : query.shared === 'done' ? 'done' : 'refused'
  const origin = (await metadataBase())?.origin ?? ''
  return <AssessmentReportView locale={locale} report={report} viewer={viewer} origin={origin} after={{ saved: query.saved === '1', shared }} />
}
