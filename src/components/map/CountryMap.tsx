import { getCountryMapFigures } from '@/data/country-map'
import type { Locale } from '@/framework/types'
import { europeMap } from '@/view-models/countries/europe-map'
import { EuropeMap } from './EuropeMap'

interface Props {
  locale: Locale
  /** the URL's `map` parameter: the framework option the map is coloured by, if any */
  mapParam: string | string[] | undefined
  /** the page the map's form reloads */
  action: string
}

/** The map of Europe with its figures, read for the page's language and the URL's choice. */
export async function CountryMap({ locale, mapParam, action }: Props) {
  const { countries, facets, option } = await getCountryMapFigures(locale, mapParam)
  return <EuropeMap model={europeMap(countries, locale, facets, option)} facets={facets} choice={option?.choice} action={action} locale={locale} />
}
