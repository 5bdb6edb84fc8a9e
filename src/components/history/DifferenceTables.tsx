import type { ReactNode } from 'react'

import { languageName } from '@/framework/language-names'
import type { Locale } from '@/framework/types'
import type { Translations } from '@/i18n/translate'
import { translations } from '@/i18n/translations'
import type { FieldChange, PracticeDifference } from '@/view-models/review/practice-difference'

type T = Translations<'review'>

interface Line {
  heading: string
  before: ReactNode
  after: ReactNode
}

const valueOrEmpty = (value: string | null, t: T): ReactNode => (value === null || value === '' ? <em>{t.empty}</em> : value)

/** The table rows of one change: one for a value or a set of options, one per language or per figure. */
function linesOf(change: FieldChange, t: T, locale: Locale): Line[] {
  switch (change.kind) {
    case 'value':
      return [{ heading: change.label, before: valueOrEmpty(change.before, t), after: valueOrEmpty(change.after, t) }]
    case 'options':
      return [
        {
          heading: change.label,
          before: change.removed.length > 0 ? t.removed({ items: change.removed.join('; ') }) : '',
          after: change.added.length > 0 ? t.added({ items: change.added.join('; ') }) : '',
        },
      ]
    case 'texts':
      return change.languages.map((text) => ({
        heading: t.inLanguage({ label: change.label, language: languageName(text.locale)[locale] }),
        before: valueOrEmpty(text.before, t),
        after: valueOrEmpty(text.after, t),
      }))
    case 'figures':
      return change.figures.map((figure) => ({
        heading: `${change.label}: ${figure.figure}`,
        before: valueOrEmpty(figure.before, t),
        after: valueOrEmpty(figure.after, t),
      }))
  }
}

interface Props {
  difference: PracticeDifference
  locale: Locale
  /** the columns' headings: the older and the newer version */
  columns: { before: string; after: string }
  /** the level of each section's heading */
  level: 2 | 3
}

/**
 * The difference between two versions of a practice (the admin's review, the public history): a table per
 * framework section, changed elements only.
 */
export function DifferenceTables({ difference, locale, columns, level }: Props) {
  const t = translations(locale, 'review')
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <div className="version-difference">
      {difference.sections.map((section) => (
        <section key={section.key} aria-labelledby={`difference-${section.key}`}>
          <Heading id={`difference-${section.key}`}>{section.title}</Heading>
          <table aria-labelledby={`difference-${section.key}`}>
            <thead>
              <tr>
                <th scope="col">{t.element}</th>
                <th scope="col">{columns.before}</th>
                <th scope="col">{columns.after}</th>
              </tr>
            </thead>
            <tbody>
              {section.changes.flatMap((change) =>
                linesOf(change, t, locale).map((line) => (
                  <tr key={`${change.key}:${line.heading}`}>
                    <th scope="row">{line.heading}</th>
                    <td>{line.before}</td>
                    <td>{line.after}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}
