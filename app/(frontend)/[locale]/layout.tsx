import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { LanguageSwitcher } from '@/components/LanguageSwitcher'
import { PageLanguageProvider } from '@/components/PageLanguage'
import { siteIcons } from '@/brand/site-icons'
import { metadataBase } from '@/i18n/alternates'
import { messagesOf, translations } from '@/i18n/translations'
import { isLocale, locales } from '@/i18n/locales'
import '@/components/charts/charts.css'
import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const t = translations(locale, 'site')
  return {
    metadataBase: await metadataBase(),
    title: { default: t.siteName, template: `%s – ${t.siteName}` },
    description: t.tagline,
    icons: siteIcons,
  }
}

export default async function PublicLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
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
          <PageLanguageProvider locale={locale} errors={messagesOf(locale, 'errors')}>
            {children}
          </PageLanguageProvider>
        </main>
      </body>
    </html>
  )
}
