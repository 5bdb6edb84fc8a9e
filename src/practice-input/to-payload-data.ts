/**
 * Turns a validated practice input (seed data, import rows) into the data Payload
 * writes for one locale. Localized values are picked for that locale; other
 * values are the same in every locale. The input is the whole record: what it
 * leaves out is written as empty (null, or [] for lists), so that an update
 * clears what an earlier version had, such as a cell emptied in a spreadsheet.
 */
import { allQuestions, byKind, wholeRecord, type KindHandlers, type Locale, type Question } from '@/framework'
import type { LocalizedText, PracticeInput } from '@/framework/practice-schema'
import { lexicalFromPlainText } from '@/richtext/lexical'

const pick = (text: LocalizedText | undefined, locale: Locale): string | undefined =>
  text === undefined ? undefined : locale === 'en' ? text.en : text[locale]

export interface References {
  /** Organisation id by slug. */
  organisations: ReadonlyMap<string, number | string>
}

type Row = Record<string, unknown>
const list = (value: unknown) => (value as unknown[] | undefined) ?? []
const valueOrNull = (_: unknown, value: unknown) => value ?? null

/** A field's Payload data in one locale; what the input leaves out is empty (null, or [] for lists). */
const dataByKind = {
  narrative: (_, value, locale) => {
    const text = pick(value as LocalizedText | undefined, locale)
    return text === undefined ? null : lexicalFromPlainText(text)
  },
  shortText: (_, value, locale) => pick(value as LocalizedText | undefined, locale) ?? null,
  longText: (_, value, locale) => pick(value as LocalizedText | undefined, locale) ?? null,
  slug: valueOrNull,
  country: valueOrNull,
  steps: (_, value, locale) =>
    (list(value) as Row[]).map((step) => ({
      title: pick(step.title as LocalizedText | undefined, locale) ?? null,
      actor: pick(step.actor as LocalizedText | undefined, locale) ?? null,
      description: pick(step.description as LocalizedText | undefined, locale) ?? null,
    })),
  sources: (_, value) => list(value),
  multi: (_, value) => list(value),
  languages: (_, value) => list(value),
  single: valueOrNull,
  yesNo: valueOrNull,
  url: valueOrNull,
  language: valueOrNull,
  date: valueOrNull,
  organisations: (_, value, _locale, refs) =>
    (value as string[] | undefined ?? []).map((slug) => {
      const id = refs.organisations.get(slug)
      if (id === undefined) throw new Error(`Unknown organisation "${slug}"`)
      return id
    }),
  openingHours: (_, value) => list(value),
  persons: (_, value, locale) => (list(value) as Row[]).map((p) => ({ ...p, jobTitle: pick(p.jobTitle as LocalizedText | undefined, locale) ?? null })),
  indicators: (_, value, locale) =>
    (list(value) as Row[]).map((i) => ({
      ...i,
      label: pick(i.label as LocalizedText | undefined, locale) ?? null,
      category: pick(i.category as LocalizedText | undefined, locale) ?? null,
    })),
} satisfies KindHandlers<[unknown, Locale, References], unknown>

/** Every field but the whole record's: the framework's questions, in their order. */
const questions = allQuestions()

export function toPayloadData(input: PracticeInput, locale: Locale, refs: References): Row {
  // One object filled in place: spreading objects of a hundred keys took eight times as long (3.1 s against 0.4 s
  // for 10,000 practices in four languages).
  const data: Row = {}
  const add = (field: Question) => {
    // A field that is no exchange column is written only when the input has it: an import cannot clear it.
    if (field.exchange !== false || field.key in input) data[field.key] = byKind(dataByKind, field, (input as Row)[field.key], locale, refs)
  }
  for (const field of wholeRecord) add(field)
  data._status = input.published ? 'published' : 'draft'
  for (const field of questions) add(field)
  return data
}

/** Locales other than English in which the input has any text. */
export function translatedLocales(input: PracticeInput): Locale[] {
  const found = new Set<Locale>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'nl' || key === 'fr' || key === 'de') && typeof inner === 'string') found.add(key)
        else visit(inner)
      }
    }
  }
  visit(input)
  return [...found]
}

/** Copies the row ids of arrays in `saved` onto the rows of `data`, so a translation updates rows instead of replacing them. */
export function withRowIds(data: Row, saved: Row): Row {
  const result: Row = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const savedRows = saved[key]
    if (Array.isArray(value) && Array.isArray(savedRows)) {
      result[key] = value.map((row, i) =>
        row && typeof row === 'object' && savedRows[i]?.id !== undefined ? { ...(row as Row), id: savedRows[i].id } : row,
      )
    }
  }
  return result
}
