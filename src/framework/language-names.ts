import { locales, type Text } from './types'

/** The name of an ISO 639-1 language in every interface language, from the runtime's CLDR data. */
export function languageName(code: string): Text {
  return Object.fromEntries(
    locales.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code]),
  ) as Text
}

/** The name of an ISO 3166 region in every interface language. */
export function regionName(code: string): Text {
  return Object.fromEntries(
    locales.map((locale) => [locale, new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code]),
  ) as Text
}
