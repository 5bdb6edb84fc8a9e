import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Answer } from '../../../../../src/components/practice/Answer'
import { hasAnswer } from '../../../../../src/components/practice/answer-value'
import { framework } from '../../../../../src/framework'
import { languageName } from '../../../../../src/framework/language-names'
import { contextOptions, domainOptions, lifecycleOptions, modalityOptions, practiceTypeOptions } from '../../../../../src/framework/record'
import type { Locale, Option } from '../../../../../src/framework/types'
import { getPublishedPractice } from '../../../../../src/data/practices'
import { anonymousViewer } from '../../../../../src/data/viewer'
import { isLocale } from '../../../../../src/i18n/locales'
import { messagesFor } from '../../../../../src/i18n/messages'
import type { Organisation, Practice } from '../../../../../src/payload-types'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }> }

const labelsIn = (options: readonly Option[], keys: readonly string[] | null | undefined, locale: Locale) =>
  (keys ?? []).map((k) => options.find((o) => o.key === k)?.label[locale] ?? k).join(', ')

const names = (orgs: Practice['originators']) =>
  (orgs ?? []).map((o) => (typeof o === 'object' ? (o as Organisation).name : String(o))).join(', ')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const view = await getPublishedPractice(anonymousViewer, slug, locale)
  return view ? { title: view.practice.title, description: view.practice.summary ?? undefined } : {}
}

export default async function PracticePage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const view = await getPublishedPractice(anonymousViewer, slug, locale)
  if (!view) notFound()
  const { practice, untranslated } = view
  const t = messagesFor(locale)
  const answers = practice as unknown as Record<string, unknown>
  const country = typeof practice.country === 'object' ? practice.country.name : practice.country
  const record: [string, string][] = (
    [
      [t.originators, names(practice.originators)],
      [t.operators, names(practice.operators)],
      [t.partners, names(practice.partners)],
      [t.launchDate, practice.launchDate ? new Date(practice.launchDate).toLocaleDateString(locale, { dateStyle: 'long' }) : ''],
      [t.status, labelsIn(lifecycleOptions, practice.lifecycle ? [practice.lifecycle] : [], locale)],
      [t.modality, labelsIn(modalityOptions, practice.modality ? [practice.modality] : [], locale)],
      [t.context, labelsIn(contextOptions, practice.contexts, locale)],
      [t.type, labelsIn(practiceTypeOptions, practice.practiceTypes, locale)],
      [t.domains, labelsIn(domainOptions, practice.domains, locale)],
      [t.writtenIn, languageName(practice.originalLanguage)[locale]],
    ] as [string, string][]
  ).filter(([, value]) => value !== '')

  return (
    <article>
      <p>
        <a href={`/${locale}`}>← {t.backToList}</a>
      </p>
      <h1>{practice.title}</h1>
      <p className="meta">{[country, practice.region].filter(Boolean).join(' · ')}</p>
      {untranslated.length > 0 && (
        <p className="note" role="note" lang={locale}>
          {t.fallbackNote}
        </p>
      )}
      {practice.summary && <p className="lead">{practice.summary}</p>}

      <section aria-labelledby="record">
        <h2 id="record">{t.record}</h2>
        <dl className="record">
          {record.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {framework.map((section) => {
        const answered = section.questions.filter((q) => hasAnswer(q, answers[q.key]))
        if (answered.length === 0) return null
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`}>
            <h2 id={`section-${section.key}`}>{section.title[locale]}</h2>
            {answered.map((q) => (
              <div key={q.key} className="answer">
                <h3>{q.label[locale]}</h3>
                <Answer question={q} value={answers[q.key]} locale={locale} t={t} />
              </div>
            ))}
          </section>
        )
      })}

      {practice.pathway && practice.pathway.length > 0 && (
        <section aria-labelledby="pathway">
          <h2 id="pathway">{t.pathway}</h2>
          <ol className="pathway">
            {practice.pathway.map((step) => (
              <li key={step.id ?? step.title}>
                <h3>{step.title}</h3>
                {step.actor && (
                  <p className="meta">
                    {t.who}: {step.actor}
                  </p>
                )}
                {step.description && <p>{step.description}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}

      {practice.sources && practice.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">{t.sources}</h2>
          <ul>
            {practice.sources.map((source) => (
              <li key={source.key} id={`source-${source.key}`}>
                {source.url ? <a href={source.url}>{source.title}</a> : source.title}
                {[source.publisher, source.date].filter(Boolean).length > 0 && ` (${[source.publisher, source.date].filter(Boolean).join(', ')})`}
                {' '}
                <span className="meta">[{source.key}]</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className="meta">
        {t.lastUpdated}: {new Date(practice.updatedAt).toLocaleDateString(locale, { dateStyle: 'long' })}
      </p>
    </article>
  )
}
