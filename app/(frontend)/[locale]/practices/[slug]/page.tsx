import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { AddToCompare } from '@/components/compare/AddToCompare'
import { CompareTray } from '@/components/compare/CompareTray'
import { Answer } from '@/components/practice/Answer'
import { hasAnswer } from '@/components/practice/answer-value'
import { FallbackBadge } from '@/components/practice/FallbackBadge'
import { countryName } from '@/view-models/compare/compare-rows'
import { readingOf } from '@/view-models/practice/reading'
import { RecordList } from '@/components/practice/RecordList'
import { fieldByKey, framework } from '@/framework'
import { getMetricVocabulary } from '@/data/metrics'
import { getPublishedPractice } from '@/data/practices'
import { anonymousViewer } from '@/data/viewer'
import { languageAlternates } from '@/i18n/alternates'
import { messagesOf } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The record's structure, shown after the framework's sections, each under its own heading. */
const closingFields = [fieldByKey('pathway'), fieldByKey('sources')]

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
  const { practice, untranslated } = view
  const reading = readingOf(locale, practice, untranslated, await getMetricVocabulary(anonymousViewer))
  const { t, langOf } = reading
  const answers = practice as unknown as Record<string, unknown>

  return (
    <article>
      <p>
        <a href={`/${locale}`}>← {t.backToList}</a>
      </p>
      <h1 lang={langOf('title')}>{practice.title}</h1>
      <p className="meta">
        {countryName(practice.country)}
        {practice.region && (
          <>
            {' · '}
            <span lang={langOf('region')}>{practice.region}</span>
          </>
        )}
      </p>
      {untranslated.size > 0 && (
        <p className="note" role="note">
          {t.fallbackNote}
        </p>
      )}
      {practice.summary && (
        <p className="lead" lang={langOf('summary')}>
          {practice.summary}
        </p>
      )}
      <AddToCompare locale={locale} messages={messagesOf(locale, 'compareTray')} slug={practice.slug} />

      <section aria-labelledby="record">
        <h2 id="record">{t.record}</h2>
        <RecordList practice={practice} reading={reading} />
      </section>

      {framework.map((section) => {
        const answered = section.questions.filter((q) => hasAnswer(q, answers[q.key]))
        if (answered.length === 0) return null
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`}>{section.title[locale]}</h2>
            {answered.map((q) => (
              <div key={q.key} className="answer">
                <h3>
                  {q.label[locale]} <FallbackBadge shown={reading.fallbackIn(q.key)} t={t} />
                </h3>
                <Answer question={q} value={answers[q.key]} reading={reading} />
              </div>
            ))}
          </section>
        )
      })}

      {closingFields
        .filter((field) => hasAnswer(field, answers[field.key]))
        .map((field) => (
          <Answer key={field.key} question={field} value={answers[field.key]} reading={reading} />
        ))}

      <p className="meta">
        {t.lastUpdated}: {new Date(practice.updatedAt).toLocaleDateString(locale, { dateStyle: 'long' })}
      </p>
      <CompareTray locale={locale} messages={messagesOf(locale, 'compareTray')} />
    </article>
  )
}
