/**
 * What the criterion rules look at (PracticeFacts), derived from a practice in
 * any of the shapes the app holds: a validated input (seed, import; texts are
 * objects keyed by locale), a Payload document read in one locale (rich text
 * as Lexical JSON), or one read with `locale: 'all'` (localized values keyed by
 * locale). Narratives and short texts count as answered when they hold text in
 * any language.
 */
import { allFields, byKind, type IndicatorFact, type KindHandlers, type OpeningSlot, type PracticeFacts, type Question, weekdays } from '@/framework'
import { plainTextFromLexical } from '@/richtext/lexical'

type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : [])
const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

/** Whether a text value (plain, rich text, or keyed by locale) holds any non-blank text. */
export function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (!isRow(value)) return false
  if ('root' in value) return plainTextFromLexical(value).trim() !== ''
  return Object.values(value).some(hasText)
}

/** The text of a non-localized value, or of the first locale that has one. */
const firstText = (value: unknown): string => {
  if (typeof value === 'string') return value
  if (isRow(value)) return Object.values(value).map(firstText).find((s) => s !== '') ?? ''
  return ''
}

const openingSlot = (row: Row): OpeningSlot | null =>
  (weekdays as readonly unknown[]).includes(row.day) && typeof row.from === 'string' && typeof row.to === 'string'
    ? { day: row.day as OpeningSlot['day'], from: row.from, to: row.to }
    : null

const indicatorFact = (row: Row): IndicatorFact | null =>
  typeof row.metric === 'string' && typeof row.value === 'number'
    ? {
        metric: row.metric,
        period: String(row.period ?? ''),
        value: row.value,
        unit: String(row.unit ?? ''),
        dimension: typeof row.dimension === 'string' ? row.dimension : null,
        category: firstText(row.category) || null,
        source: String(row.source ?? ''),
      }
    : null

type MutableFacts = PracticeFacts & { answered: Set<string> }

const choices = (field: Question, value: unknown, facts: MutableFacts) => {
  facts.choices[field.key] = stringsOf(value)
}
const choice = (field: Question, value: unknown, facts: MutableFacts) => {
  facts.choice[field.key] = typeof value === 'string' && value !== '' ? value : undefined
}
const text = (field: Question, value: unknown, facts: MutableFacts) => {
  if (hasText(value)) facts.answered.add(field.key)
}

const listed = (field: Question, value: unknown, facts: MutableFacts) => {
  if (Array.isArray(value) && value.length > 0) facts.answered.add(field.key)
}

/** What each kind of field adds to the facts. */
const factsByKind = {
  multi: choices,
  languages: choices,
  organisations: listed,
  steps: listed,
  sources: listed,
  single: choice,
  language: choice,
  country: (field, value, facts) => {
    const code = isRow(value) ? value.id : value
    facts.choice[field.key] = typeof code === 'string' && code !== '' ? code : undefined
  },
  yesNo: (field, value, facts) => {
    facts.flags[field.key] = typeof value === 'boolean' ? value : undefined
  },
  narrative: text,
  shortText: text,
  longText: text,
  slug: text,
  url: text,
  date: text,
  openingHours: (_, value, facts) => {
    facts.openingHours = rowsOf(value).map(openingSlot).filter((s): s is OpeningSlot => s !== null)
  },
  indicators: (_, value, facts) => {
    facts.indicators = rowsOf(value).map(indicatorFact).filter((i): i is IndicatorFact => i !== null)
  },
  persons: (_, value, facts) => {
    const persons = rowsOf(value)
    facts.contactPersons = { count: persons.length, publicCount: persons.filter((p) => p.isPublic === true).length }
  },
} satisfies KindHandlers<[unknown, MutableFacts], void>

/** Facts of a practice that states nothing: where the collection of facts starts. */
export const emptyFacts = (): MutableFacts => ({
  choices: {},
  choice: {},
  flags: {},
  answered: new Set<string>(),
  openingHours: [],
  indicators: [],
  contactPersons: { count: 0, publicCount: 0 },
})

/** The facts a criterion rule may look at, from a practice record or input (see the file comment). */
export function factsFromPractice(practice: object): PracticeFacts {
  const values = practice as Row
  const facts = emptyFacts()
  for (const field of allFields()) byKind(factsByKind, field, values[field.key], facts)
  return facts
}
