import { comparisonSections, differencesOnly } from '@/view-models/compare/compare-rows'
import { comparisonCsv } from '@/view-models/compare/compare-csv'
import { comparisonNotes } from '@/view-models/compare/comparison-notes'
import { getComparedPractices } from '@/data/compare'
import { getMetricVocabulary } from '@/data/metrics'
import { comparedSlugs, MIN_COMPARED, parseCompareQuery, searchParamsOf } from '@/url-state/compare-query'
import { anonymousViewer } from '@/data/viewer'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

const plainText = (status: number, text: string) => new Response(`${text}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** The comparison at /{locale}/compare with the same parameters, as a CSV file. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return plainText(404, 'Not found')
  const t = translations(locale, 'compare')
  const query = parseCompareQuery(searchParamsOf(new URL(request.url)))
  const compared = await getComparedPractices(anonymousViewer, comparedSlugs(query), locale)
  const { practices } = compared
  if (practices.length < MIN_COMPARED) return plainText(400, comparisonNotes(query, compared, t).join('\n'))
  const sections = comparisonSections(practices, t.recordSection, locale, await getMetricVocabulary(anonymousViewer))
  const csv = comparisonCsv(query.diffOnly ? differencesOnly(sections) : sections, practices, t)
  const name = `comparison-${practices.map((p) => p.practice.slug).join('-')}.csv`
  return new Response(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'no-store' },
  })
}
