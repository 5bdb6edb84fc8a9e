import { isLocale, type Locale } from '@/i18n/locales'

/** The admin's interface language as one of the site's locales (Payload offers the same four). */
export const adminLocale = (language: string): Locale => (isLocale(language) ? language : 'en')
