import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { optionLabel } from '../../framework'
import { languageName } from '../../framework/language-names'
import { weekdayLabels } from '../../framework/record'
import type { Question, Weekday } from '../../framework/types'
import { withoutUnsafeLinks } from '../../richtext/lexical'
import type { Practice } from '../../payload-types'
import type { Indicator } from './indicator-figures'
import { MeasuredResults } from './MeasuredResults'
import type { Reading } from './reading'

type Person = NonNullable<Practice['persons']>[number]
type Slot = NonNullable<Practice['openingHours']>[number]

/** One framework answer of a practice, rendered for reading. */
export function Answer({ question, value, reading }: { question: Question; value: unknown; reading: Reading }) {
  const { locale, t, langOf } = reading
  switch (question.kind) {
    case 'multi':
      return (
        <ul className="tags">
          {(value as string[]).map((key) => (
            <li key={key}>{optionLabel(question, key, locale)}</li>
          ))}
        </ul>
      )
    case 'single':
      return <p>{optionLabel(question, value as string, locale)}</p>
    case 'narrative':
      return (
        <div lang={langOf(question.key)}>
          <RichText data={withoutUnsafeLinks(value as SerializedEditorState)} className="prose" />
        </div>
      )
    case 'shortText':
      return <p lang={langOf(question.key)}>{String(value)}</p>
    case 'yesNo':
      return <p>{value ? t.yes : t.no}</p>
    case 'url':
      return (
        <p>
          <a href={String(value)}>{String(value)}</a>
        </p>
      )
    case 'languages':
      return (
        <ul className="tags">
          {(value as string[]).map((code) => (
            <li key={code}>{languageName(code)[locale]}</li>
          ))}
        </ul>
      )
    case 'openingHours':
      return (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.day}</th>
              <th scope="col">{t.hours}</th>
            </tr>
          </thead>
          <tbody>
            {(value as Slot[]).map((slot) => (
              <tr key={slot.id ?? `${slot.day}${slot.from}`}>
                <th scope="row">{weekdayLabels[slot.day as Weekday][locale]}</th>
                <td>
                  {slot.from}–{slot.to}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )
    case 'persons':
      return (
        <ul>
          {(value as Person[]).map((person) => (
            <li key={person.id ?? person.name}>
              {person.name}
              {person.jobTitle && (
                <>
                  {', '}
                  <span lang={langOf(`persons.${person.id}.jobTitle`)}>{person.jobTitle}</span>
                </>
              )}
              {person.email && (
                <>
                  {' · '}
                  <a href={`mailto:${person.email}`}>{person.email}</a>
                </>
              )}
              {person.phone && ` · ${person.phone}`}
            </li>
          ))}
        </ul>
      )
    case 'indicators':
      return <MeasuredResults indicators={value as Indicator[]} reading={reading} />
  }
}
