/**
 * The figures of the map of Europe: every country of the inventory's list with its published practices,
 * the catalogue's facets to colour it by, and, for a chosen option, how many of each country's practices
 * chose it: the catalogue's own country counts under that filter, so the map and the catalogue agree.
 */
import 'server-only'

import type { Locale } from '@/framework/types'
import { getCatalogue } from './catalogue'
import { getCountryList, type CountryCount } from './countries'
import { parseMapChoice, type MapChoice, type MapFacet } from '@/view-models/countries/europe-map'

export interface CountryMapFigures {
  countries: CountryCount[]
  /** the facets the map can be coloured by (every catalogue facet but the country) */
  facets: MapFacet[]
  /** the option the URL chose, with per country code its practices that chose it; absent without a choice */
  option?: { choice: MapChoice; withOption: Map<string, number> }
}

const unfiltered = { q: '', filters: {}, sort: 'title', page: 1 } as const

/** The map's figures; `mapParam` is the URL's `map` parameter, ignored unless it names a facet option. */
export async function getCountryMapFigures(locale: Locale, mapParam: string | string[] | undefined): Promise<CountryMapFigures> {
  const [countries, catalogue] = await Promise.all([getCountryList(locale), getCatalogue(unfiltered, locale)])
  const facets = catalogue.facets
    .filter((f) => f.param !== 'country')
    .map((f) => ({ param: f.param, label: f.label, options: f.options.map((o) => ({ value: o.value, label: o.label })) }))
  const choice = parseMapChoice(mapParam, facets)
  if (!choice) return { countries, facets }
  const filtered = await getCatalogue({ ...unfiltered, filters: { [choice.param]: [choice.key] } }, locale)
  const byCountry = filtered.facets.find((f) => f.param === 'country')?.options ?? []
  return { countries, facets, option: { choice, withOption: new Map(byCountry.map((o) => [o.value, o.count])) } }
}
