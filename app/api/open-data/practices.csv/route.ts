import { openDataPractices } from '@/data/open-data'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { practicesCsvChunks } from '@/exchange/open-data-files'
import { openDataRequest } from '@/exchange/open-data-request'
import { streamedResponse } from '@/exchange/streamed-response'

export const dynamic = 'force-dynamic'

/** Published practices as CSV, the catalogue URL's filters applied, labels in ?locale= (default en); streamed. */
export async function GET(request: Request) {
  const { locale, query } = openDataRequest(request.url)
  return streamedResponse(request, practicesCsvChunks(openDataPractices(anonymousViewer, query, locale), locale), {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="guidance-atlas-practices-${locale}.csv"`,
    Link: `<${dataLicence.url}>; rel="license"`,
    'X-Generated-At': new Date().toISOString(),
    'Cache-Control': 'no-store',
  })
}
