import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { siteIcons } from '@/brand/site-icons'
import { NotFoundMessage } from '@/components/NotFoundMessage'
import { SiteFrame } from '@/components/SiteFrame'
import { isLocale, type Locale } from '@/i18n/locales'
import { PAGE_LOCALE_HEADER } from '@/i18n/page-locale'
import { messagesOf, translations } from '@/i18n/translations'
import './(frontend)/styles.css'

/** The language the address names (/nl/… is Dutch), passed on by the server front; English for any other address. */
async function pageLocale(): Promise<Locale> {
  const named = (await headers()).get(PAGE_LOCALE_HEADER) ?? ''
  return isLocale(named) ? named : 'en'
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale()
  return { title: `${messagesOf(locale, 'errors').notFoundTitle} – ${translations(locale, 'site').siteName}`, icons: siteIcons }
}

/**
 * The 404 page, rendered in full on the server with the site's menu, in the language of the address: for an
 * address no route matches, and (through scripts/serve.ts) for a page that calls notFound().
 */
export default async function GlobalNotFound() {
  const locale = await pageLocale()
  return (
    <SiteFrame locale={locale}>
      <NotFoundMessage locale={locale} errors={messagesOf(locale, 'errors')} />
    </SiteFrame>
  )
}
