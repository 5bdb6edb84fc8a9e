import { notFound } from 'next/navigation'

import { AssessmentReportView } from '@/benchmark/components/AssessmentReportView'
import { getAssessmentReport } from '@/benchmark/data/report'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { metadataBase } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { localeMetadata, privateLinkMetadata } from '@/i18n/page-props'
import { assessmentPageParams, type AssessmentPageProps } from '@/benchmark/assessment-page-params'

export const dynamic = 'force-dynamic'

export const generateMetadata = localeMetadata(({ locale }) => privateLinkMetadata(translations(locale, 'benchmark').title))

/** The results of one assessment (the printable report), and what to do next. */
export default async function AssessmentResultsPage({ params, searchParams }: AssessmentPageProps) {
  const { locale, ref } = await assessmentPageParams(params)
  const viewer = await requestViewer()
  const report = await getAssessmentReport(viewer, ref)
  if (!report) notFound()
  const query = await searchParams
  const shared = query.shared === undefined ? null : query.shared === 'done' ? 'done' : 'refused'
  const origin = (await metadataBase())?.origin ?? ''
  return <AssessmentReportView locale={locale} report={report} viewer={viewer} origin={origin} after={{ saved: query.saved === '1', shared }} />
}
