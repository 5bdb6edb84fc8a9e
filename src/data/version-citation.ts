import 'server-only'

import { isLocale } from '@/i18n/locales'
import { positiveNumber } from '@/url-state/history-query'
import { citedVersion, type CitedVersion } from '@/view-models/history/citation'
import { publishedVersion } from './practice-history'
import { anonymousViewer } from './viewer'

export type CitationParams = Promise<{ locale: string; slug: string; n: string }>

/** The citation of the published version a /{locale}/practices/{slug}/v/{n} address names, or null when there is none. */
export async function citationAt(params: CitationParams, origin: string): Promise<CitedVersion | null> {
  const { locale, slug, n } = await params
  const number = positiveNumber(n)
  if (!isLocale(locale) || number === null) return null
  const version = await publishedVersion(anonymousViewer, slug, number, locale)
  return version && citedVersion(version, locale, origin)
}
