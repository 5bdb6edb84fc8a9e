import { openDataSource } from '@/data/open-data-source'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { practicesJsonChunks } from '@/exchange/open-data-files'
import { streamedResponse } from '@/exchange/streamed-response'
import { problemJson } from '@/security/problem-response'

export const dynamic = 'force-dynamic'

/**
 * Published practices as JSON, in the shape the importer reads back (option values as keys), or with ?round= a
 * closed round's snapshot; streamed.
 */
export async function GET(request: Request) {
  const source = await openDataSource(request.url, anonymousViewer)
  if ('status' in source) return problemJson(source)
  return streamedResponse(request, practicesJsonChunks(source.batches, { source: request.url, count: await source.count(), round: source.round }), {
    'Content-Type': 'application/json',
    Link: `<${dataLicence.url}>; rel="license"`,
    'Cache-Control': 'no-store',
  })
}
