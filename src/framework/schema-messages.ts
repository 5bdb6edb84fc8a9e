/**
 * What the practice schema says a value should be, in each interface language: the schema's own messages come
 * from the `importProblems` namespace of the catalogues, zod's built-in ones (a wrong type, a missing key, an
 * unknown option) from zod's translations of the same language.
 */
import { z } from 'zod'

import { translations } from '@/i18n/translations'
import type { Locale } from './types'

export type SchemaMessages = ReturnType<typeof schemaMessages>

export const schemaMessages = (locale: Locale) => translations(locale, 'importProblems')

/** zod's own messages in each interface language; a fifth language needs its entry here. */
const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  nl: z.locales.nl,
  fr: z.locales.fr,
  de: z.locales.de,
}

const errorMaps = new Map<Locale, z.core.$ZodErrorMap>()

/** zod's messages in `locale`, for `safeParse(input, { error })`. */
export function schemaErrorMap(locale: Locale): z.core.$ZodErrorMap {
  let map = errorMaps.get(locale)
  if (!map) {
    map = zodLocales[locale]().localeError
    errorMaps.set(locale, map)
  }
  return map
}
