/**
 * The exchange columns of a practice, in a stable order derived from the record
 * fields and the framework: one column per element; localized texts get a
 * column per language (`title`, `title:nl`, ...); several values share a cell,
 * separated by " | "; lists of records (pathway, sources, contact persons,
 * indicators, opening hours) are JSON arrays in their cell.
 */
import { allQuestions, type Option, type Question } from '../framework'
import { contextOptions, domainOptions, languageCodes, lifecycleOptions, modalityOptions, practiceTypeOptions } from '../framework/record'
import { locales, type Locale } from '../framework/types'

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

const recordColumns: ColumnSpec[] = [
  { key: 'slug', kind: 'text' },
  { key: 'title', kind: 'localized' },
  { key: 'summary', kind: 'localized' },
  { key: 'country', kind: 'text' },
  { key: 'region', kind: 'localized' },
  { key: 'originalLanguage', kind: 'choice', options: codes(languageCodes) },
  { key: 'originators', kind: 'organisations' },
  { key: 'operators', kind: 'organisations' },
  { key: 'partners', kind: 'organisations' },
  { key: 'launchDate', kind: 'text' },
  { key: 'lifecycle', kind: 'choice', options: lifecycleOptions },
  { key: 'modality', kind: 'choice', options: modalityOptions },
  { key: 'contexts', kind: 'choices', options: contextOptions },
  { key: 'practiceTypes', kind: 'choices', options: practiceTypeOptions },
  { key: 'domains', kind: 'choices', options: domainOptions },
  { key: 'pathway', kind: 'json' },
  { key: 'sources', kind: 'json' },
]

function questionColumn(question: Question): ColumnSpec {
  switch (question.kind) {
    case 'multi':
      return { key: question.key, kind: 'choices', options: question.options }
    case 'single':
      return { key: question.key, kind: 'choice', options: question.options }
    case 'narrative':
    case 'shortText':
      return { key: question.key, kind: 'localized' }
    case 'yesNo':
      return { key: question.key, kind: 'yesNo' }
    case 'url':
      return { key: question.key, kind: 'text' }
    case 'languages':
      return { key: question.key, kind: 'choices', options: codes(languageCodes) }
    case 'openingHours':
    case 'persons':
    case 'indicators':
      return { key: question.key, kind: 'json' }
  }
}

export const columnSpecs: readonly ColumnSpec[] = [...recordColumns, ...allQuestions().map(questionColumn)]

/** Header name of a column for one language of a localized text. */
export const localizedHeader = (key: string, locale: Locale) => (locale === 'en' ? key : `${key}:${locale}`)

/** Every header, in order. */
export const headers: readonly string[] = columnSpecs.flatMap((c) =>
  c.kind === 'localized' ? locales.map((l) => localizedHeader(c.key, l)) : [c.key],
)
