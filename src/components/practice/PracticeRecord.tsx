import type { ReactNode } from 'react'

import { AddToCompare } from '@/components/compare/AddToCompare'
import { Answer } from '@/components/practice/Answer'
import { hasAnswer } from '@/components/practice/answer-value'
import { FallbackBadge } from '@/components/practice/FallbackBadge'
import { RecordList } from '@/components/practice/RecordList'
import type { PracticeView } from '@/data/practices'
import { fieldByKey, framework } from '@/framework'
import type { Locale } from '@/framework/types'
import { countryName } from '@/view-models/compare/compare-rows'
import type { Reading } from '@/view-models/practice/reading'
import { compareTrayTexts } from '@/view-models/compare/tray-texts'

/** The record's structure, shown after the framework's sections, each under its own heading. */
const closingFields = [fieldByKey('pathway'), fieldByKey('sources')]

/**
 * A practice as the public reads it, by framework section: the current record on its page, or one of its
 * published versions on that version's page. `notice` stands under the title (when it was verified, which version
 * this is); `comparable` offers to add it to the comparison (the current record only).
 */
export function PracticeRecord(props: { locale: Locale; view: PracticeView; reading: Reading; notice?: ReactNode; comparable: boolean }) {
  const { locale, view, reading, notice } = props
  const { practice, untranslated } = view
  const { t, langOf } = reading
  const answers = practice as unknown as Record<string, unknown>
  return (
    <>
      <h1 lang={langOf('title')}>{practice.title}</h1>
      {notice}
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
      {props.comparable && <AddToCompare locale={locale} texts={compareTrayTexts(locale)} slug={practice.slug} />}

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
    </>
  )
}
