import { catalogues } from './catalogues'
import type { Catalogue } from './catalogues/catalogue'
import { locales, type Locale } from './locales'

/** Every message's dotted key: 'common.country', 'admin.practice', … */
type KeyOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyOf<T[K], `${Prefix}${K}.`>
}[keyof T & string]

export type CatalogueKey = KeyOf<Catalogue>

const messageAt = (catalogue: Catalogue, key: CatalogueKey): string =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogue) as string

/** One catalogue message in every interface language, as Payload's admin takes a label: { en, nl, fr, de }. */
export const labelsOf = (key: CatalogueKey): Record<Locale, string> =>
  Object.fromEntries(locales.map((locale) => [locale, messageAt(catalogues[locale], key)])) as Record<Locale, string>
