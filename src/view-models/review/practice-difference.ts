/**
 * The difference between two versions of a practice, in the framework's order: the record (the registry's whole
 * record), then each framework section, each holding only the fields that changed. The review compares a draft with
 * its published version; the public history compares any two published versions.
 * Both versions are read with `locale: 'all'`; without an older version every stated field is new.
 * Payload's own version view compares with the previous version unless another is picked, compares arrays row by
 * row by position (one removed figure marks every later one changed) and cites sources by key; reviewers need the
 * published version, figures matched by what they count, and sources by name.
 */
import { framework, wholeRecord, type Question } from '@/framework'
import type { MetricVocabulary } from '@/framework/metric-vocabulary'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { sourceNames, type Source } from '@/view-models/practice/source-names'
import { fieldChange, rowsOf, type ChangeContext, type FieldChange, type ValuePair } from './field-changes'

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
  /** no older version (a draft never published): the newer one is compared with an empty record */
  firstPublication: boolean
}

type Change = (pair: ValuePair, context: ChangeContext) => FieldChange | null

interface Compared {
  key: string
  label: string
  change: Change
}

const registryField = (field: Question, locale: Locale): Compared => ({
  key: field.key,
  label: field.label[locale],
  change: (pair, c) => fieldChange(field, pair, c),
})

/** Compares `newer` with `older` (null: none, e.g. not published yet), in the reader's language `locale`, naming figures by `metrics`. */
export function practiceDifference(newer: StoredVersion, older: StoredVersion | null, locale: Locale, metrics: MetricVocabulary): PracticeDifference {
  const names = {
    before: sourceNames(rowsOf(older?.sources) as unknown as Source[]),
    after: sourceNames(rowsOf(newer.sources) as unknown as Source[]),
  }
  const changesOf = (fields: readonly Compared[]) =>
    fields
      .map((f) => f.change({ before: older?.[f.key], after: newer[f.key] }, { key: f.key, label: f.label, locale, sourceNames: names, metrics }))
      .filter((change): change is FieldChange => change !== null)
  const sections: DifferenceSection[] = [
    {
      key: 'record',
      title: translations(locale, 'admin').record,
      changes: changesOf(wholeRecord.map((f) => registryField(f, locale))),
    },
    ...framework.map((section) => ({
      key: section.key,
      title: section.title[locale],
      changes: changesOf(section.questions.map((q) => registryField(q, locale))),
    })),
  ].filter((section) => section.changes.length > 0)
  return { sections, changedFields: sections.reduce((n, s) => n + s.changes.length, 0), firstPublication: older === null }
}
