import type { ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import type { Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'

/**
 * The public site's document around a page's content: its language, the skip link, the site's name, menu and
 * language switcher, and the main region. Used by the [locale] layout and by the not-found page that Next renders
 * for addresses no route answers (app/global-not-found.tsx).
 */
export function SiteFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = translations(locale, 'site')
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#content">
          {t.skipToContent}
        </a>
        <header className="site-header">
          <a className="site-name" href={`/${locale}`}>
            {t.siteName}
          </a>
          <nav aria-label={t.mainNavigation}>
            <ul>
              <li>
                <a href={`/${locale}`}>{t.home}</a>
              </li>
              <li>
                <a href={`/${locale}/practices`}>{t.catalogue}</a>
              </li>
              <li><a href={`/${locale}/framework`}>{translations(locale, 'frameworkPage').nav}</a></li>
              <li><a href={`/${locale}/countries`}>{translations(locale, 'countries').navLabel}</a></li>
              <li><a href={`/${locale}/compare`}>{translations(locale, 'compare').navLabel}</a></li>
              <li>
                <a href="/admin">{t.admin}</a>
              </li>
              <li><a href={`/${locale}/benchmark`}>{translations(locale, 'benchmark').nav}</a></li>
            </ul>
          </nav>
          <LanguageSwitcher current={locale} label={t.languageSwitcher} />
        </header>
        <main id="content" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  )
}
