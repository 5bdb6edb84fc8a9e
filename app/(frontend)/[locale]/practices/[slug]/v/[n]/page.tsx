import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CiteThisRecord } from '@/components/history/CiteThisRecord'
import { PracticeRecord } from '@/components/practice/PracticeRecord'
import { getMetricVocabulary } from '@/data/metrics'
import { publishedVersion } from '@/data/practice-history'
import { anonymousViewer } from '@/data/viewer'
import { languageAlternates, metadataBase } from '@/i18n/alternates'
import { isLocale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'
import { positiveNumber } from '@/url-state/history-query'
import { citedVersion } from '@/view-models/history/citation'
import { readingOf } from '@/view-models/practice/reading'
import { formatDay } from '@/view-models/practice/record-values'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string; n: string }> }

async function versionOf(params: Props['params']) {
  const { locale, slug, n } = await params
  const number = positiveNumber(n)
  if (!isLocale(locale) || number === null) return null
  const version = await publishedVersion(anonymousViewer, slug, number, locale)
  return version && { locale, version }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await versionOf(params)
  if (!found) return {}
  const { locale, version } = found
  const { practice, n, total } = version
  const alternates = languageAlternates(locale, `/practices/${practice.slug}/v/${n}`)
  return {
    title: `${practice.title} – ${translations(locale, 'history').versionN({ n })}`,
    description: practice.summary ?? undefined,
    // The current version's page says what the practice's page says: that page is the one to index.
    alternates: n === total ? { ...alternates, canonical: `/${locale}/practices/${practice.slug}` } : alternates,
  }
}

/** /{locale}/practices/{slug}/v/{n}: the n-th published version of a practice, for good, with its citation. */
export default async function VersionPage({ params }: Props) {
  const found = await versionOf(params)
  if (!found) notFound()
  const { locale, version } = found
  const { practice, n, total, publishedAt } = version
  const t = translations(locale, 'history')
  const reading = readingOf(locale, practice, version.untranslated, await getMetricVocabulary(anonymousViewer))
  const date = formatDay(publishedAt, locale)
  const origin = (await metadataBase())?.origin ?? ''
  const notice = (
    <p className="note version-note" role="note">
      {n === total ? t.currentVersion({ n, date }) : t.earlierVersion({ n, date })} <a href={`/${locale}/practices/${practice.slug}`}>{t.toCurrent}</a>
      {' · '}
      <a href={`/${locale}/practices/${practice.slug}/history`}>{t.historyLink}</a>
    </p>
  )
  return (
    <article>
      <PracticeRecord locale={locale} view={version} reading={reading} notice={notice} comparable={false} />
      <CiteThisRecord cited={citedVersion(version, locale, origin)} />
    </article>
  )
}
