import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { languageAlternates } from './alternates'
import { isLocale, type Locale } from './locales'

type SearchParams = Record<string, string | string[] | undefined>

/** The props Next passes to a page under /{locale}: its route parameters and the query string. */
export type LocalePageProps<Params extends Record<string, string> = Record<never, string>> = {
  params: Promise<{ locale: string } & Params>
  searchParams: Promise<SearchParams>
}

/** A page's route parameters with its locale checked: `null` for an address whose first segment is not a locale. */
async function checkedParams<Params extends Record<string, string>>(params: LocalePageProps<Params>['params']): Promise<({ locale: Locale } & Params) | null> {
  const resolved = await params
  const { locale } = resolved
  return isLocale(locale) ? { ...resolved, locale } : null
}

/** A page's route parameters with its locale; a 404 for an address whose first segment is not a locale. */
export async function localeParams<Params extends Record<string, string>>(params: LocalePageProps<Params>['params']): Promise<{ locale: Locale } & Params> {
  return (await checkedParams(params)) ?? notFound()
}

/**
 * A page's generateMetadata: `metadata` gets the route parameters with a checked locale (and the query string);
 * an address whose first segment is not a locale gets none (the page answers 404).
 */
export function localeMetadata<Params extends Record<string, string> = Record<never, string>>(
  metadata: (params: { locale: Locale } & Params, searchParams: Promise<SearchParams>) => Metadata | Promise<Metadata>,
): (props: LocalePageProps<Params>) => Promise<Metadata> {
  return async ({ params, searchParams }) => {
    const checked = await checkedParams(params)
    return checked ? metadata(checked, searchParams) : {}
  }
}

/** The metadata of a page whose address may be a private link: kept out of search engines and of Referer headers to other sites. */
export const privateLinkMetadata = (title: string): Metadata => ({ title, robots: { index: false }, referrer: 'same-origin' })

/** The metadata of a page with a fixed address (`path` after the locale): its title, and the same page in every language. */
export const titledPageMetadata = (title: (locale: Locale) => string, path: string) =>
  localeMetadata(({ locale }) => ({ title: title(locale), alternates: languageAlternates(locale, path) }))
