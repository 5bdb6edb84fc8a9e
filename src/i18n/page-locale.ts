import { isLocale, type Locale } from '@/i18n/locales'

/**
 * The request header in which the server front (scripts/serve.ts) passes on the language an address names
 * (/nl/… is Dutch), for the not-found page Next renders without a route's parameters (app/global-not-found.tsx).
 * The front always sets or removes it, so a client cannot choose it.
 */
export const PAGE_LOCALE_HEADER = 'x-page-locale'

/** The locale an address begins with, if any: `/de/practices/x` is German. */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1] ?? ''
  return isLocale(first) ? first : undefined
}
