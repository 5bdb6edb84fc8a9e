import { openDataSource } from '@/data/open-data-source'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { practicesCsvChunks } from '@/exchange/open-data-files'
import { streamedResponse } from '@/exchange/streamed-response'
import { problemJson } from '@/security/problem-response'

export const dynamic = 'force-dynamic'

/**
 * Published practices as CSV, the catalogue URL's filters applied, labels in ?locale= (default en), or with
 * ?round= a closed round's snapshot; streamed.
 */
export async function GET(request: Request) {
  const source = await openDataSource(request.url, anonymousViewer)
  if ('status' in source) return problemJson(source)
  return streamedResponse(request, practicesCsvChunks(source.batches, source.locale), {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="guidance-atlas-${source.fileStem}.csv"`,
    Link: `<${dataLicence.url}>; rel="license"`,
    'X-Generated-At': new Date().toISOString(),
    'Cache-Control': 'no-store',
  })
}
