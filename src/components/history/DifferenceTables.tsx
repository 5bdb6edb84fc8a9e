import type { ReactNode } from 'react'

import { languageName } from '@/framework/language-names'
import type { Locale } from '@/framework/types'
import type { Translations } from '@/i18n/translate'
import { translations } from '@/i18n/translations'
import type { FieldChange, PracticeDifference } from '@/view-models/review/practice-difference'
import { TableHead } from '@/components/TableHead'

type T = Translations<'review'>

interface Line {
  heading: string
  before: ReactNode
  after: ReactNode
  /** the language of the values, when it is one (a text per language), so that they hyphenate and read aloud in it */
  lang?: Locale
}

// "empty" is in the page's language even in a cell marked as another's.
const valueOrEmpty = (value: string | null, t: T, locale: Locale): ReactNode => (value === null || value === '' ? <em lang={locale}>{t.empty}</em> : value)

/** The table rows of one change: one for a value or a set of options, one per language or per figure. */
function linesOf(change: FieldChange, t: T, locale: Locale): Line[] {
  switch (change.kind) {
    case 'value':
      return [{ heading: change.label, before: valueOrEmpty(change.before, t, locale), after: valueOrEmpty(change.after, t, locale) }]
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
        before: valueOrEmpty(text.before, t, locale),
        after: valueOrEmpty(text.after, t, locale),
        lang: text.locale,
      }))
    case 'figures':
      return change.figures.map((figure) => ({
        heading: `${change.label}: ${figure.figure}`,
        before: valueOrEmpty(figure.before, t, locale),
        after: valueOrEmpty(figure.after, t, locale),
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
            <TableHead columns={[t.element, columns.before, columns.after]} />
            <tbody>
              {section.changes.flatMap((change) =>
                linesOf(change, t, locale).map((line) => (
                  <tr key={`${change.key}:${line.heading}`}>
                    <th scope="row">{line.heading}</th>
                    <td lang={line.lang}>{line.before}</td>
                    <td lang={line.lang}>{line.after}</td>
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
