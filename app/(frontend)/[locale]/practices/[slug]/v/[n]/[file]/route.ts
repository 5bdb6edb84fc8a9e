import { citationAt } from '@/data/version-citation'
import { publicOrigin } from '@/exchange/public-origin'
import { isLocale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'
import { citationFile, citationFormatOf } from '@/view-models/history/citation-file'

export const dynamic = 'force-dynamic'

type Params = Promise<{ locale: string; slug: string; n: string; file: string }>

/** /{locale}/practices/{slug}/v/{n}/cite.bib and …/cite.ris: the version's citation as a BibTeX or RIS file. */
export async function GET(request: Request, { params }: { params: Params }) {
  const { locale, n, file } = await params
  const format = citationFormatOf(file)
  const missing = translations(isLocale(locale) ? locale : 'en', 'citation').noSuchVersion({ n })
  return citationFile(format && (await citationAt(params, publicOrigin(request))), format, missing)
}
