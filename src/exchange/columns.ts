/**
 * The exchange columns of a practice, in a stable order derived from the
 * registry's fields (record fields, then the framework's): one column per field; localized texts get a
 * column per language (`title`, `title:nl`, ...); several values share a cell,
 * separated by " | "; lists of records (pathway, sources, contact persons,
 * indicators, opening hours) are JSON arrays in their cell.
 */
import { allFields, byKind, languageCodes, type KindHandlers, type Option, type Question } from '@/framework'
import { locales, type Locale } from '@/framework/types'

export const MULTI_SEPARATOR = ' | '

export type ColumnKind = 'text' | 'localized' | 'choice' | 'choices' | 'yesNo' | 'json' | 'organisations'

export interface ColumnSpec {
  /** The practice input property this column fills. */
  key: string
  kind: ColumnKind
  /** Allowed values of choice columns. */
  options?: readonly Option[]
}

const codes = (list: readonly string[]): Option[] =>
  list.map((code) => ({ key: code, label: { en: code, nl: code, fr: code, de: code } }))

const columnByKind = {
  multi: (field) => ({ key: field.key, kind: 'choices', options: field.options }),
  single: (field) => ({ key: field.key, kind: 'choice', options: field.options }),
  narrative: (field) => ({ key: field.key, kind: 'localized' }),
  shortText: (field) => ({ key: field.key, kind: 'localized' }),
  longText: (field) => ({ key: field.key, kind: 'localized' }),
  slug: (field) => ({ key: field.key, kind: 'text' }),
  country: (field) => ({ key: field.key, kind: 'text' }),
  steps: (field) => ({ key: field.key, kind: 'json' }),
  sources: (field) => ({ key: field.key, kind: 'json' }),
  yesNo: (field) => ({ key: field.key, kind: 'yesNo' }),
  url: (field) => ({ key: field.key, kind: 'text' }),
  languages: (field) => ({ key: field.key, kind: 'choices', options: codes(languageCodes) }),
  language: (field) => ({ key: field.key, kind: 'choice', options: codes(languageCodes) }),
  date: (field) => ({ key: field.key, kind: 'text' }),
  organisations: (field) => ({ key: field.key, kind: 'organisations' }),
  openingHours: (field) => ({ key: field.key, kind: 'json' }),
  persons: (field) => ({ key: field.key, kind: 'json' }),
  indicators: (field) => ({ key: field.key, kind: 'json' }),
} satisfies KindHandlers<[], ColumnSpec>

const column = (field: Question) => byKind<[], ColumnSpec>(columnByKind, field)

/** Whether a field is an exchange column (every field is, unless its definition says `exchange: false`). */
export const isExchanged = (field: Question) => field.exchange !== false

/** A column per exchanged field, in the registry's order. */
export const columnSpecs: readonly ColumnSpec[] = allFields().filter(isExchanged).map(column)

/** Header name of a column for one language of a localized text. */
export const localizedHeader = (key: string, locale: Locale) => (locale === 'en' ? key : `${key}:${locale}`)

/** Every header, in order. */
export const headers: readonly string[] = columnSpecs.flatMap((c) =>
  c.kind === 'localized' ? locales.map((l) => localizedHeader(c.key, l)) : [c.key],
)
