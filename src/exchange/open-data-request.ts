import { parseCatalogueQuery, type CatalogueQuery } from '@/url-state/catalogue-query'
import { isLocale, type Locale } from '@/i18n/locales'

/** The locale (?locale=, default en) and the catalogue filters of an open-data request URL. */
export function openDataRequest(url: string): { locale: Locale; query: CatalogueQuery } {
  const params = new URL(url).searchParams
  const requested = params.get('locale') ?? 'en'
  const locale = isLocale(requested) ? requested : 'en'
  const entries: Record<string, string[]> = {}
  for (const [key, value] of params) (entries[key] ??= []).push(value)
  // An export holds the whole view, not one page of it.
  return { locale, query: { ...parseCatalogueQuery(entries), page: 1 } }
}
