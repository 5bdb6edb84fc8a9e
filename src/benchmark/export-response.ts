import { parseAssessmentRef } from '@/benchmark/assessment-ref'
import { resultsCsv, resultsJson, type ExportInput } from '@/benchmark/results-export'
import { getAssessmentReport, type AssessmentReport } from '@/benchmark/data/report'
import { titleOf, type InventoryPractice } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { translations } from '@/i18n/translations'
import { isLocale, type Locale } from '@/i18n/locales'

// Private to the viewer: never cached, never indexed, and the address (maybe a private link) not passed on.
const privateHeaders = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'same-origin' }

const exportInput = (report: AssessmentReport, locale: Locale): ExportInput => {
  const practice = (p: InventoryPractice) => ({ slug: p.slug, title: titleOf(p, locale) })
  return {
    name: report.assessment.name,
    practice: report.practice && practice(report.practice),
    peers: report.peers.map(practice),
    createdAt: report.assessment.createdAt,
    updatedAt: report.assessment.updatedAt,
    previousUpdatedAt: report.previous?.updatedAt ?? null,
    inventorySize: report.inventorySize,
    results: report.results,
  }
}

/** The results of the assessment at this address as a CSV or JSON download; 404 for whoever cannot open it. */
export async function exportResponse(params: Promise<{ locale: string; ref: string }>, format: 'csv' | 'json'): Promise<Response> {
  const { locale, ref: segment } = await params
  const ref = parseAssessmentRef(segment)
  const report = isLocale(locale) && ref ? await getAssessmentReport(await requestViewer(), ref) : null
  if (!report || !isLocale(locale)) return new Response('Not found', { status: 404, headers: { ...privateHeaders, 'content-type': 'text/plain; charset=utf-8' } })
  const input = exportInput(report, locale)
  const filename = `benchmark-${report.assessment.updatedAt.slice(0, 10)}.${format}`
  const body = format === 'csv' ? resultsCsv(input, locale, translations(locale, 'benchmark')) : JSON.stringify(resultsJson(input, locale), null, 2)
  return new Response(body, {
    headers: {
      ...privateHeaders,
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
    },
  })
}
