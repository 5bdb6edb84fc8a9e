'use client'

import { usePathname } from 'next/navigation'

import { localeNames, locales, type Locale } from '../i18n/locales'

/** Links to the same page in the other interface languages. */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}`
  const rest = pathname.split('/').slice(2).join('/')
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest ? `/${rest}` : ''}`}
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
