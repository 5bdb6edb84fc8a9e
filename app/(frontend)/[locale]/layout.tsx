import type { ReactNode } from 'react'

import { PageLanguageProvider } from '@/components/PageLanguage'
import { SiteFrame } from '@/components/SiteFrame'
import { siteIcons } from '@/brand/site-icons'
import { metadataBase } from '@/i18n/alternates'
import { messagesOf, translations } from '@/i18n/translations'
import { locales } from '@/i18n/locales'
import { localeMetadata, localeParams } from '@/i18n/page-props'
import '@/components/charts/charts.css'
import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }))
}

export const generateMetadata = localeMetadata(async ({ locale }) => {
  const t = translations(locale, 'site')
  return {
    metadataBase: await metadataBase(),
    title: { default: t.siteName, template: `%s – ${t.siteName}` },
    description: t.tagline,
    icons: siteIcons,
  }
})

export default async function PublicLayout({ children, params }: Props) {
  const { locale } = await localeParams(params)
  return (
    <SiteFrame locale={locale}>
      <PageLanguageProvider locale={locale} errors={messagesOf(locale, 'errors')}>
        {children}
      </PageLanguageProvider>
    </SiteFrame>
  )
}
