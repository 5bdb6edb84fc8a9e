import { openDataPractices } from '@/data/open-data'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { practicesJson } from '@/exchange/open-data-files'
import { openDataRequest } from '@/exchange/open-data-request'

export const dynamic = 'force-dynamic'

/** Published practices as JSON, in the shape the importer reads back (option values as keys). */
export async function GET(request: Request) {
  const { locale, query } = openDataRequest(request.url)
  const practices = await openDataPractices(anonymousViewer, query, locale)
  return Response.json(practicesJson(practices, request.url), {
    headers: { Link: `<${dataLicence.url}>; rel="license"`, 'Cache-Control': 'no-store' },
  })
}
