import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { LanguageSwitcher } from '../../../src/components/LanguageSwitcher'
import { metadataBase } from '../../../src/i18n/alternates'
import { benchmarkMessagesFor } from '../../../src/i18n/benchmark-messages'
import { compareMessagesFor } from '../../../src/i18n/compare-messages'
import { countriesMessagesFor } from '../../../src/i18n/countries-messages'
import { isLocale, locales } from '../../../src/i18n/locales'
import { messagesFor } from '../../../src/i18n/messages'
import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = messagesFor(locale)
  return {
    metadataBase: await metadataBase(),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
  }
}

export default async function PublicLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
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
              <li><a href={`/${locale}/countries`}>{countriesMessagesFor(locale).navLabel}</a></li>
              <li><a href={`/${locale}/compare`}>{compareMessagesFor(locale).navLabel}</a></li>
              <li>
                <a href="/admin">{t.admin}</a>
              </li>
              <li><a href={`/${locale}/benchmark`}>{benchmarkMessagesFor(locale).nav}</a></li>
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
