import type { Catalogue } from './catalogue'
import type { Locale } from '@/i18n/locales'
import { de } from './de'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'

/** Every interface language's catalogue. A new language: its catalogue file, and its entry here. */
export const catalogues: Record<Locale, Catalogue> = { en, nl, fr, de }
