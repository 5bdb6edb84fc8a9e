import { openDataPractices } from '@/data/open-data'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { practicesCsv } from '@/exchange/open-data-files'
import { openDataRequest } from '@/exchange/open-data-request'

export const dynamic = 'force-dynamic'

/** Published practices as CSV, the catalogue URL's filters applied, labels in ?locale= (default en). */
export async function GET(request: Request) {
  const { locale, query } = openDataRequest(request.url)
  const practices = await openDataPractices(anonymousViewer, query, locale)
  return new Response(practicesCsv(practices, locale), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="guidance-atlas-practices-${locale}.csv"`,
      Link: `<${dataLicence.url}>; rel="license"`,
      'X-Generated-At': new Date().toISOString(),
      'Cache-Control': 'no-store',
    },
  })
}
