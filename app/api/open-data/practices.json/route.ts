import { openDataCount, openDataPractices } from '@/data/open-data'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { practicesJsonChunks } from '@/exchange/open-data-files'
import { openDataRequest } from '@/exchange/open-data-request'
import { streamedResponse } from '@/exchange/streamed-response'

export const dynamic = 'force-dynamic'

/** Published practices as JSON, in the shape the importer reads back (option values as keys); streamed. */
export async function GET(request: Request) {
  const { locale, query } = openDataRequest(request.url)
  const count = await openDataCount(query, locale)
  return streamedResponse(request, practicesJsonChunks(openDataPractices(anonymousViewer, query, locale), { source: request.url, count }), {
    'Content-Type': 'application/json',
    Link: `<${dataLicence.url}>; rel="license"`,
    'Cache-Control': 'no-store',
  })
}
