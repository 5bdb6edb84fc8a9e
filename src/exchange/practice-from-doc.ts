/**
 * A practice read from Payload with `locale: 'all'` (organisations populated with
 * their slug), turned back into the practice input shape: the inverse of
 * src/practice-input/to-payload-data.ts, used by exports.
 */
import { allQuestions, locales, type Question } from '../framework'
import type { LocalizedText, PracticeInput } from '../framework/practice-schema'
import { plainTextFromLexical } from '../richtext/lexical'

type Row = Record<string, unknown>
type PerLocale<T> = Partial<Record<string, T>> | null | undefined

function localized<T>(value: PerLocale<T>, text: (v: T) => string = (v) => String(v)): LocalizedText | undefined {
  if (!value || typeof value !== 'object') return undefined
  const entries = locales.map((l) => [l, value[l] == null ? '' : text(value[l] as T)] as const).filter(([, v]) => v.trim() !== '')
  const result = Object.fromEntries(entries) as LocalizedText
  return result.en ? result : undefined
}

const withoutEmpty = (row: Row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== null && v !== ''))
const rows = (value: unknown) => (Array.isArray(value) ? (value as Row[]) : [])
const nonEmpty = <T>(list: T[]) => (list.length > 0 ? list : undefined)

function answer(question: Question, value: unknown): unknown {
  switch (question.kind) {
    case 'narrative':
      return localized(value as PerLocale<unknown>, plainTextFromLexical)
    case 'shortText':
      return localized(value as PerLocale<string>)
    case 'multi':
    case 'languages':
      return nonEmpty((value as string[] | null) ?? [])
    case 'openingHours':
      return nonEmpty(rows(value).map(({ day, from, to }) => ({ day, from, to })))
    case 'persons':
      return nonEmpty(
        rows(value).map((p) => withoutEmpty({ name: p.name, jobTitle: localized(p.jobTitle as PerLocale<string>), email: p.email, phone: p.phone, isPublic: p.isPublic === true })),
      )
    case 'indicators':
      return nonEmpty(
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
      )
    default:
      return value ?? undefined
  }
}

const slugs = (value: unknown) => nonEmpty(rows(value).map((o) => (typeof o === 'object' && o ? String(o.slug) : String(o))))

export function practiceFromDoc(doc: Row): PracticeInput {
  const input: Row = {
    slug: doc.slug,
    title: localized(doc.title as PerLocale<string>),
    summary: localized(doc.summary as PerLocale<string>),
    country: typeof doc.country === 'object' && doc.country ? (doc.country as Row).id : doc.country,
    region: localized(doc.region as PerLocale<string>),
    originalLanguage: doc.originalLanguage,
    originators: slugs(doc.originators),
    operators: slugs(doc.operators),
    partners: slugs(doc.partners),
    launchDate: typeof doc.launchDate === 'string' ? doc.launchDate.slice(0, 10) : undefined,
    lifecycle: doc.lifecycle,
    modality: doc.modality,
    contexts: nonEmpty((doc.contexts as string[] | null) ?? []),
    practiceTypes: nonEmpty((doc.practiceTypes as string[] | null) ?? []),
    domains: nonEmpty((doc.domains as string[] | null) ?? []),
    pathway: nonEmpty(
      rows(doc.pathway).map((s) =>
        withoutEmpty({ title: localized(s.title as PerLocale<string>), actor: localized(s.actor as PerLocale<string>), description: localized(s.description as PerLocale<string>) }),
      ),
    ),
    sources: nonEmpty(rows(doc.sources).map((s) => withoutEmpty({ key: s.key, title: s.title, url: s.url, publisher: s.publisher, date: s.date }))),
    published: doc._status === 'published',
  }
  for (const question of allQuestions()) input[question.key] = answer(question, doc[question.key])
  return withoutEmpty(input) as PracticeInput
}
