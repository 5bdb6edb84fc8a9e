/**
 * A practice read from Payload with `locale: 'all'` (organisations populated with
 * their slug), turned back into the practice input shape: the inverse of
 * src/practice-input/to-payload-data.ts, used by exports.
 */
import { allQuestions, byKind, locales, wholeRecord, type KindHandlers, type Question } from '@/framework'
import type { LocalizedText, PracticeInput } from '@/framework/practice-schema'
import { plainTextFromLexical } from '@/richtext/lexical'
import { isExchanged } from './columns'

type Row = Record<string, unknown>
type PerLocale<T> = Partial<Record<string, T>> | null | undefined

function localized<T>(value: PerLocale<T>, text: (v: T) => string = (v) => String(v)): LocalizedText | undefined {
  if (!value || typeof value !== 'object') return undefined
  const result: Partial<Record<string, string>> = {}
  for (const l of locales) {
    const v = value[l] == null ? '' : text(value[l] as T)
    if (v.trim() !== '') result[l] = v
  }
  return result.en ? (result as LocalizedText) : undefined
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === ''
const withoutEmpty = (row: Row) => Object.fromEntries(Object.entries(row).filter(([, v]) => !isEmpty(v)))
const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : [])
const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined)

const slugs = (value: unknown) => nonEmpty(rows(value).map((o) => (typeof o === 'object' && o ? String(o.slug) : String(o))))
const asIs = (_: unknown, value: unknown) => value ?? undefined

const inputByKind = {
  narrative: (_, value) => localized(value as PerLocale<unknown>, plainTextFromLexical),
  shortText: (_, value) => localized(value as PerLocale<string>),
  longText: (_, value) => localized(value as PerLocale<string>),
  slug: asIs,
  country: (_, value) => (typeof value === 'object' && value ? (value as Row).id : value) ?? undefined,
  steps: (_, value) =>
    nonEmpty(
      rows(value).map((s) =>
        withoutEmpty({ title: localized(s.title as PerLocale<string>), actor: localized(s.actor as PerLocale<string>), description: localized(s.description as PerLocale<string>) }),
      ),
    ),
  sources: (_, value) => nonEmpty(rows(value).map((s) => withoutEmpty({ key: s.key, title: s.title, url: s.url, publisher: s.publisher, date: s.date }))),
  multi: (_, value) => nonEmpty((value as string[] | null) ?? []),
  languages: (_, value) => nonEmpty((value as string[] | null) ?? []),
  single: asIs,
  yesNo: asIs,
  url: asIs,
  language: asIs,
  date: (_, value) => (typeof value === 'string' ? value.slice(0, 10) : undefined),
  organisations: (_, value) => slugs(value),
  openingHours: (_, value) => nonEmpty(rows(value).map(({ day, from, to }) => ({ day, from, to }))),
  persons: (_, value) =>
    nonEmpty(
      rows(value).map((p) => withoutEmpty({ name: p.name, jobTitle: localized(p.jobTitle as PerLocale<string>), email: p.email, phone: p.phone, isPublic: p.isPublic === true })),
    ),
  indicators: (_, value) =>
    nonEmpty(
      rows(value).map((i) =>
        withoutEmpty({
          metric: i.metric,
          label: localized(i.label as PerLocale<string>),
          period: i.period,
          value: Number(i.value),
          unit: i.unit,
          dimension: i.dimension,
          category: localized(i.category as PerLocale<string>),
          source: i.source,
        }),
      ),
    ),
} satisfies KindHandlers<[unknown], unknown>

/** The exchanged fields, made once: an export turns a hundred thousand documents with them. */
const exchangedRecord = wholeRecord.filter(isExchanged)
const exchangedQuestions = allQuestions().filter(isExchanged)

/** Adds the exchanged fields of a document to `input` as input values, leaving out the empty ones. */
function addFields(input: Row, doc: Row, fields: readonly Question[]): void {
  for (const field of fields) {
    const value = byKind<[unknown], unknown>(inputByKind, field, doc[field.key])
    if (!isEmpty(value)) input[field.key] = value
  }
}

/** The record fields, whether it is published, then the framework's answers: the order of the schema and the columns. */
export function practiceFromDoc(doc: Row): PracticeInput {
  const input: Row = {}
  addFields(input, doc, exchangedRecord)
  input.published = doc._status === 'published'
  addFields(input, doc, exchangedQuestions)
  return input as PracticeInput
}
