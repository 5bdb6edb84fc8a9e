import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { optionLabel } from '../../framework'
import { languageName } from '../../framework/language-names'
import { dimensionOptions, metricOptions, unitOptions, weekdayLabels } from '../../framework/record'
import type { Locale, Option, Question, Weekday } from '../../framework/types'
import type { Messages } from '../../i18n/messages'
import type { Practice } from '../../payload-types'

type Indicator = NonNullable<Practice['indicators']>[number]
type Person = NonNullable<Practice['persons']>[number]
type Slot = NonNullable<Practice['openingHours']>[number]

const labelIn = (options: readonly Option[], key: string | null | undefined, locale: Locale) =>
  options.find((o) => o.key === key)?.label[locale] ?? key ?? ''

const numberIn = (value: number, locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)

/** One framework answer of a practice, rendered for reading. */
export function Answer({ question, value, locale, t }: { question: Question; value: unknown; locale: Locale; t: Messages }) {
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
      return <RichText data={value as SerializedEditorState} className="prose" />
    case 'shortText':
      return <p>{String(value)}</p>
    case 'yesNo':
      return <p>{value ? t.yes : t.no}</p>
    case 'url':
      return (
        <p>
          <a href={String(value)}>{String(value)}</a>
        </p>
      )
    case 'languages':
      return <p>{(value as string[]).map((code) => languageName(code)[locale]).join(', ')}</p>
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
              {[person.name, person.jobTitle, person.email, person.phone].filter(Boolean).join(' · ')}
            </li>
          ))}
        </ul>
      )
    case 'indicators':
      return (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.metric}</th>
                <th scope="col">{t.period}</th>
                <th scope="col">{t.breakdown}</th>
                <th scope="col" className="number">
                  {t.value}
                </th>
                <th scope="col">{t.source}</th>
              </tr>
            </thead>
            <tbody>
              {(value as Indicator[]).map((row) => (
                <tr key={row.id ?? `${row.metric}${row.period}${row.value}`}>
                  <th scope="row">{row.label || labelIn(metricOptions, row.metric, locale)}</th>
                  <td>{row.period}</td>
                  <td>{row.dimension ? `${labelIn(dimensionOptions, row.dimension, locale)}: ${row.category ?? ''}` : ''}</td>
                  <td className="number">
                    {numberIn(row.value, locale)} {labelIn(unitOptions, row.unit, locale)}
                  </td>
                  <td>
                    <a href={`#source-${row.source}`}>{row.source}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}
