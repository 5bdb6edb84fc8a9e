/**
 * Turns a validated practice input (seed data, import rows) into the data Payload
 * writes for one locale. Localized values are picked for that locale; other
 * values are the same in every locale. The input is the whole record: what it
 * leaves out is written as empty (null, or [] for lists), so that an update
 * clears what an earlier version had, such as a cell emptied in a spreadsheet.
 */
import { allQuestions, type Locale, type Question } from '../framework'
import type { LocalizedText, PracticeInput } from '../framework/practice-schema'
import { lexicalFromPlainText } from '../richtext/lexical'

type Row = Record<string, unknown>

const pick = (text: LocalizedText | undefined, locale: Locale): string | undefined =>
  text === undefined ? undefined : locale === 'en' ? text.en : text[locale]

/** Kinds of question whose answer is a list. */
const listKinds = new Set<Question['kind']>(['multi', 'languages', 'openingHours', 'persons', 'indicators'])

function answerData(question: Question, value: unknown, locale: Locale): unknown {
  if (value === undefined) return listKinds.has(question.kind) ? [] : null
  switch (question.kind) {
    case 'narrative': {
      const text = pick(value as LocalizedText, locale)
      return text === undefined ? null : lexicalFromPlainText(text)
    }
    case 'shortText':
      return pick(value as LocalizedText, locale) ?? null
    case 'persons':
      return (value as Row[]).map((p) => ({ ...p, jobTitle: pick(p.jobTitle as LocalizedText | undefined, locale) ?? null }))
    case 'indicators':
      return (value as Row[]).map((i) => ({
        ...i,
        label: pick(i.label as LocalizedText | undefined, locale) ?? null,
        category: pick(i.category as LocalizedText | undefined, locale) ?? null,
      }))
    default:
      return value
  }
}

export interface References {
  /** Organisation id by slug. */
  organisations: ReadonlyMap<string, number | string>
}

export function toPayloadData(input: PracticeInput, locale: Locale, refs: References): Row {
  const organisations = (slugs: string[] | undefined) =>
    (slugs ?? []).map((slug) => {
      const id = refs.organisations.get(slug)
      if (id === undefined) throw new Error(`Unknown organisation "${slug}"`)
      return id
    })
  const data: Row = {
    slug: input.slug,
    title: pick(input.title, locale) ?? null,
    summary: pick(input.summary, locale) ?? null,
    country: input.country,
    region: pick(input.region, locale) ?? null,
    originalLanguage: input.originalLanguage,
    originators: organisations(input.originators),
    operators: organisations(input.operators),
    partners: organisations(input.partners),
    launchDate: input.launchDate ?? null,
    lifecycle: input.lifecycle ?? null,
    modality: input.modality ?? null,
    contexts: input.contexts ?? [],
    practiceTypes: input.practiceTypes ?? [],
    domains: input.domains ?? [],
    pathway: (input.pathway ?? []).map((step) => ({
      title: pick(step.title, locale) ?? null,
      actor: pick(step.actor, locale) ?? null,
      description: pick(step.description, locale) ?? null,
    })),
    sources: input.sources ?? [],
    _status: input.published ? 'published' : 'draft',
  }
  for (const question of allQuestions()) {
    data[question.key] = answerData(question, (input as Row)[question.key], locale)
  }
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
