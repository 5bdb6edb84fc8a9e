'use client'

import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'

import { localeNames, locales, type Locale } from '@/i18n/locales'

/** Links to the same page, with the same filters, in the other interface languages. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`
  const rest = pathname.split('/').slice(2).join('/')
  // The query string (catalogue filters, compared practices) is read after hydration; without JavaScript the links keep the path.
  const [search, setSearch] = useState('')
  useEffect(() => setSearch(window.location.search), [pathname])
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
