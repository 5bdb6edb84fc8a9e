import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { CompareTray } from '@/components/compare/CompareTray'
import { CiteThisRecord } from '@/components/history/CiteThisRecord'
import { PracticeRecord } from '@/components/practice/PracticeRecord'
import { getMetricVocabulary } from '@/data/metrics'
import { practiceHistory } from '@/data/practice-history'
import { getPublishedPractice } from '@/data/practices'
import { anonymousViewer } from '@/data/viewer'
import { languageAlternates, metadataBase } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
import { verificationMaxAgeMonths } from '@/rounds/verification-age'
import { citedVersion } from '@/view-models/history/citation'
import { verificationLine } from '@/view-models/history/verification'
import { readingOf } from '@/view-models/practice/reading'
import { compareTrayTexts } from '@/view-models/compare/tray-texts'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const view = await getPublishedPractice(anonymousViewer, slug, locale)
  if (!view) return {}
  return {
    title: view.practice.title,
    description: view.practice.summary ?? undefined,
    alternates: languageAlternates(locale, `/practices/${view.practice.slug}`),
  }
}

export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const view = await getPublishedPractice(anonymousViewer, slug, locale)
  if (!view) notFound()
  const { practice } = view
  const reading = readingOf(locale, practice, view.untranslated, await getMetricVocabulary(anonymousViewer))
  // The current record is its newest published version (none for load-test records written without versions).
  const history = await practiceHistory(anonymousViewer, practice.slug, locale, 1)
  const current = history?.versions[0]
  const origin = (await metadataBase())?.origin ?? ''
  const verified = verificationLine(practice, locale, verificationMaxAgeMonths(), new Date())

  return (
    <article>
      <p>
        <a href={`/${locale}`}>← {reading.t.backToList}</a>
      </p>
      <PracticeRecord
        locale={locale}
        view={view}
        reading={reading}
        comparable
        notice={verified && <p className={verified.stale ? 'note verification' : 'meta verification'}>{verified.text}</p>}
      />
      <p className="meta">
        {reading.t.lastUpdated}: {new Date(practice.updatedAt).toLocaleDateString(locale, { dateStyle: 'long' })}
      </p>
      {current && (
        <>
          <p>
            <a href={`/${locale}/practices/${practice.slug}/history`}>{translations(locale, 'history').historyLink}</a>
          </p>
          <CiteThisRecord cited={citedVersion({ practice, n: current.n, publishedAt: current.publishedAt }, locale, origin)} />
        </>
      )}
      <CompareTray locale={locale} texts={compareTrayTexts(locale)} />
    </article>
  )
}
