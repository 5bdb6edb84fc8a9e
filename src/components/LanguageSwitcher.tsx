import { headers } from 'next/headers'

import { PAGE_ADDRESS_HEADER, splitAddress } from '@/i18n/page-address'
import { localeNames, locales, type Locale } from '@/i18n/locales'

/**
 * Links to the same page, with the same query (catalogue filters, compared practices), in the other interface
 * languages. Drawn on the server from the address the server front passes on: no script, also without JavaScript.
 */
export async function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const address = (await headers()).get(PAGE_ADDRESS_HEADER) ?? `/${current}`
  const { path, query } = splitAddress(address)
  const rest = path.split('/').slice(2).join('/')
  const search = query ? `?${query}` : ''
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest ? `/${rest}` : ''}${search}`}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? 'true' : undefined}
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
