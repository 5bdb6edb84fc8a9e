/**
 * What the map of Europe shows: for every country of the inventory's list, its number of published
 * practices, or the share of them that chose one framework option (a catalogue facet), with the shade that
 * stands for the value, the legend of the shades and the sentence read out for each country.
 */
import { heatLevel, heatShades } from '@/components/charts/palette'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { shareOf } from './coverage-charts'

/** The option the map is coloured by, as the URL names it: `?map=theme.access` (facet parameter, option key). */
export interface MapChoice {
  param: string
  key: string
}

/** The catalogue's facets as the map's form offers them. */
export interface MapFacet {
  param: string
  label: string
  options: readonly { value: string; label: string }[]
}

export interface MapCountry {
  code: string
  name: string
  /** published practices */
  count: number
}

export interface MapEntry extends MapCountry {
  /** practices that chose the option, when the map is coloured by one */
  withOption?: number
  /** the value the shade stands for: the count, or the share in percent; null without practices */
  value: number | null
  /** the value as written in the table and the country's name; empty without practices */
  text: string
  /** 0 to heatShades.length - 1, or `none` for a country without published practices */
  level: number | 'none'
  /** the country's accessible name on the map: its name and figures */
  label: string
  href: string
}

export interface EuropeMapModel {
  title: string
  option?: { facet: string; label: string }
  entries: MapEntry[]
  legend: { level: number | 'none'; text: string }[]
}

const SEPARATOR = '.'

/** The map's choice from the URL's `map` parameter; null (practices per country) when it names no facet option. */
export function parseMapChoice(value: string | string[] | undefined, facets: readonly MapFacet[]): MapChoice | null {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw) return null
  const [param, key] = raw.split(SEPARATOR)
  return facets.some((f) => f.param === param && f.options.some((o) => o.value === key)) ? { param: param!, key: key! } : null
}

export const mapChoiceValue = (choice: MapChoice) => `${choice.param}${SEPARATOR}${choice.key}`

/**
 * The map's model: `withOption` holds, per country code, how many of its practices chose the option;
 * without it the map shows practices per country.
 */
export function europeMap(countries: readonly MapCountry[], locale: Locale, facets: readonly MapFacet[], option?: { choice: MapChoice; withOption: ReadonlyMap<string, number> }): EuropeMapModel {
  const t = translations(locale, 'map')
  const count = new Intl.NumberFormat(locale).format
  const percent = new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 0 }).format
  const facet = option && facets.find((f) => f.param === option.choice.param)!
  const optionLabel = facet && facet.options.find((o) => o.value === option!.choice.key)!.label
  const max = Math.max(0, ...countries.map((c) => c.count))
  const entries = countries.map((country): MapEntry => {
    const href = `/${locale}/countries/${country.code}`
    if (country.count === 0) return { ...country, value: null, text: '', level: 'none', label: t.countryNone({ name: country.name }), href }
    if (!option) {
      return { ...country, value: country.count, text: count(country.count), level: heatLevel(country.count, max), label: t.countryCount({ name: country.name, n: country.count }), href }
    }
    const withOption = option.withOption.get(country.code) ?? 0
    const share = shareOf(withOption, country.count)!
    const label = t.countryShare({ name: country.name, n: withOption, total: country.count, share: percent(share) })
    return { ...country, withOption, value: share, text: percent(share), level: heatLevel(share, 100), label, href }
  })
  const none = { level: 'none' as const, text: t.legendNone }
  if (!option) return { title: t.countTitle, entries, legend: [...countLegend(max, count), none] }
  return {
    title: t.shareTitle({ option: optionLabel!, facet: facet!.label }),
    option: { facet: facet!.label, label: optionLabel! },
    entries,
    legend: [...shareLegend(percent, t.legendRange), none],
  }
}

/** The whole-number counts each shade stands for, on a scale up to `max` (heatLevel), leaving out empty shades. */
function countLegend(max: number, format: (n: number) => string): { level: number; text: string }[] {
  const steps = heatShades.length - 1
  const legend: { level: number; text: string }[] = []
  for (let level = 1; level <= steps; level++) {
    const from = Math.floor(((level - 1) * max) / steps) + 1
    const to = Math.floor((level * max) / steps)
    if (from <= to) legend.push({ level, text: from === to ? format(from) : `${format(from)}–${format(to)}` })
  }
  return legend
}

/** The shares each shade stands for: none, then equal steps up to 100%. */
function shareLegend(format: (n: number) => string, range: (values: { from: string; to: string }) => string): { level: number; text: string }[] {
  const steps = heatShades.length - 1
  const bands = Array.from({ length: steps }, (_, i) => ({ level: i + 1, text: range({ from: format((i * 100) / steps), to: format(((i + 1) * 100) / steps) }) }))
  return [{ level: 0, text: format(0) }, ...bands]
}
