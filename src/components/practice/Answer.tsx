import type { ReactNode } from 'react'
import { RichText } from '@payloadcms/richtext-lexical/react'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { byKind, optionLabel, type KindHandlers } from '@/framework'
import { languageName } from '@/framework/language-names'
import { weekdayLabels } from '@/framework/record'
import type { Question, Weekday } from '@/framework/types'
import { withoutUnsafeLinks } from '@/richtext/lexical'
import type { Practice } from '@/payload-types'
import type { Indicator } from '@/view-models/practice/indicator-figures'
import { countryName } from '@/view-models/compare/compare-rows'
import { MeasuredResults } from './MeasuredResults'
import { PathwaySteps } from './PathwaySteps'
import { SourceList } from './SourceList'
import type { Reading } from '@/view-models/practice/reading'
import { formatDay, organisationNames } from '@/view-models/practice/record-values'

type Person = NonNullable<Practice['persons']>[number]
type Slot = NonNullable<Practice['openingHours']>[number]
type Step = NonNullable<Practice['pathway']>[number]

const Tags = ({ items }: { items: readonly string[] }) => (
  <ul className="tags">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
)

const answerByKind = {
  multi: (field, value, { locale }) => <Tags items={(value as string[]).map((key) => optionLabel(field, key, locale))} />,
  single: (field, value, { locale }) => <p>{optionLabel(field, value as string, locale)}</p>,
  narrative: (field, value, { langOf }) => (
    <div lang={langOf(field.key)}>
      <RichText data={withoutUnsafeLinks(value as SerializedEditorState)} className="prose" />
    </div>
  ),
  shortText: (field, value, { langOf }) => <p lang={langOf(field.key)}>{String(value)}</p>,
  longText: (field, value, { langOf }) => <p lang={langOf(field.key)}>{String(value)}</p>,
  slug: (_, value) => <p>{String(value)}</p>,
  country: (_, value) => <p>{countryName(value as Practice['country'])}</p>,
  steps: (field, value, reading) => <PathwaySteps fieldKey={field.key} label={field.label[reading.locale]} steps={value as Step[]} reading={reading} />,
  sources: (field, _, reading) => <SourceList label={field.label[reading.locale]} reading={reading} />,
  yesNo: (_, value, { t }) => <p>{value ? t.yes : t.no}</p>,
  url: (_, value) => (
    <p>
      <a href={String(value)}>{String(value)}</a>
    </p>
  ),
  languages: (_, value, { locale }) => <Tags items={(value as string[]).map((code) => languageName(code)[locale])} />,
  language: (_, value, { locale }) => <p>{languageName(String(value))[locale]}</p>,
  date: (_, value, { locale }) => <p>{formatDay(String(value), locale)}</p>,
  organisations: (_, value) => <Tags items={organisationNames(value)} />,
  openingHours: (_, value, { locale, t }) => (
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
  ),
  persons: (_, value, { langOf }) => (
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
  ),
  indicators: (_, value, reading) => <MeasuredResults indicators={value as Indicator[]} reading={reading} />,
} satisfies KindHandlers<[unknown, Reading], ReactNode>

/** One answer of a practice, rendered for reading. */
export function Answer({ question, value, reading }: { question: Question; value: unknown; reading: Reading }) {
  return byKind<[unknown, Reading], ReactNode>(answerByKind, question, value, reading)
}
