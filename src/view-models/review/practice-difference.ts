/**
 * The difference between a practice's draft and its published version, in the framework's order: the record
 * (identity and record fields), then each framework section, each holding only the fields that changed.
 * Both versions are read with `locale: 'all'`; without a published version every stated field is new.
 * Payload's own version view compares with the previous version unless another is picked, compares arrays row by
 * row by position (one removed figure marks every later one changed) and cites sources by key; reviewers need the
 * published version, figures matched by what they count, and sources by name.
 */
import { framework, recordFields, type Question } from '@/framework'
import { locales, type Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { sourceNames, type Source } from '@/view-models/practice/source-names'
import {
  fieldChange,
  optionsChange,
  relatedName,
  rowsOf,
  textsChange,
  inLocale,
  plainString,
  valueChange,
  type ChangeContext,
  type FieldChange,
  type ValuePair,
} from './field-changes'

export type { FieldChange, FigureChange, TextChange } from './field-changes'

/** A practice version as Payload returns it with `locale: 'all'` and depth 1. */
export type StoredVersion = Record<string, unknown>

export interface DifferenceSection {
  key: string
  title: string
  changes: FieldChange[]
}

export interface PracticeDifference {
  /** sections with at least one change, in the framework's order */
  sections: DifferenceSection[]
  /** the number of fields that differ */
  changedFields: number
  /** no published version yet: the draft is compared with an empty record */
  firstPublication: boolean
}

type Change = (pair: ValuePair, context: ChangeContext) => FieldChange | null

interface Compared {
  key: string
  label: string
  change: Change
}

const pathwayText = (value: unknown, locale: Locale): string =>
  rowsOf(value)
    .map((step) => [step.title, step.actor, step.description].map((text) => plainString(inLocale(text, locale)).trim()).filter(Boolean).join(' – '))
    .map((text, i) => (text ? `${i + 1}. ${text}` : ''))
    .filter(Boolean)
    .join('\n')

/** The pathway as one numbered text per language, so that it compares like any other localized text. */
const pathwayByLocale = (value: unknown) => Object.fromEntries(locales.map((locale) => [locale, pathwayText(value, locale)]))

const sourceText = (source: Record<string, unknown>) =>
  [source.title, [source.publisher, source.date].filter(Boolean).join(', '), source.url].filter(Boolean).join(' – ')

/** The record's identity and structure, which are written by hand in the collection rather than in the registry. */
function identityFields(locale: Locale): { leading: Compared[]; trailing: Compared[] } {
  const t = translations(locale, 'review')
  const practice = translations(locale, 'practice')
  return {
    leading: [
      { key: 'title', label: t.title, change: (pair, c) => textsChange(c, pair, plainString) },
      { key: 'summary', label: t.summary, change: (pair, c) => textsChange(c, pair, plainString) },
      { key: 'country', label: practice.country, change: (pair, c) => valueChange(c, relatedName(pair.before, locale) || null, relatedName(pair.after, locale) || null) },
    ],
    trailing: [
      {
        key: 'pathway',
        label: practice.pathway,
        change: (pair, c) => textsChange(c, { before: pathwayByLocale(pair.before), after: pathwayByLocale(pair.after) }, plainString),
      },
      {
        key: 'sources',
        label: practice.sources,
        change: (pair, c) => {
          const listed = (value: unknown) => rowsOf(value).map((s) => [sourceText(s), sourceText(s)] as const)
          return optionsChange(c, listed(pair.before), listed(pair.after))
        },
      },
    ],
  }
}

const registryField = (field: Question, locale: Locale): Compared => ({
  key: field.key,
  label: field.label[locale],
  change: (pair, c) => fieldChange(field, pair, c),
})

/** Compares `draft` with `published` (null: not published yet), in the admin's language `locale`. */
export function practiceDifference(draft: StoredVersion, published: StoredVersion | null, locale: Locale): PracticeDifference {
  const names = {
    before: sourceNames(rowsOf(published?.sources) as unknown as Source[]),
    after: sourceNames(rowsOf(draft.sources) as unknown as Source[]),
  }
  const changesOf = (fields: readonly Compared[]) =>
    fields
      .map((f) => f.change({ before: published?.[f.key], after: draft[f.key] }, { key: f.key, label: f.label, locale, sourceNames: names }))
      .filter((change): change is FieldChange => change !== null)
  const identity = identityFields(locale)
  const sections: DifferenceSection[] = [
    {
      key: 'record',
      title: translations(locale, 'admin').record,
      changes: changesOf([...identity.leading, ...recordFields.map((f) => registryField(f, locale)), ...identity.trailing]),
    },
    ...framework.map((section) => ({
      key: section.key,
      title: section.title[locale],
      changes: changesOf(section.questions.map((q) => registryField(q, locale))),
    })),
  ].filter((section) => section.changes.length > 0)
  return { sections, changedFields: sections.reduce((n, s) => n + s.changes.length, 0), firstPublication: published === null }
}
