import { citationAt } from '@/data/version-citation'
import { publicOrigin } from '@/exchange/public-origin'
import { citationFile, citationFormatOf } from '@/view-models/history/citation-file'

export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string; slug: string; n: string; file: string }>

/** /{locale}/practices/{slug}/v/{n}/cite.bib and …/cite.ris: the version's citation as a BibTeX or RIS file. */
export async function GET(request: Request, { params }: { params: Params }) {
  const format = citationFormatOf((await params).file)
  return citationFile(format && (await citationAt(params, publicOrigin(request))), format)
}
