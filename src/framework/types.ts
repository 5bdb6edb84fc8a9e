/**
 * The shape of the ICT/LMI mapping framework as data. Everything that shows,
 * stores, validates or scores a practice is derived from values of these types
 * (see ../../../shared/seeds/002_*.txt for the source text).
 */
export const locales = ['en', 'nl', 'fr', 'de'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'

/** A text in every interface language. */
export type Text = Record<Locale, string>

export interface Option {
  /** Stable key, stored in the database and used in URLs and exports: never rename. */
  key: string
  label: Text
  /** The seed's own wording where `label.en` shortens it. */
  source?: string
}

interface QuestionBase {
  /** Stable key, unique across the whole framework; becomes the Payload field name. */
  key: string
  /** Short name of the element, used as field label, row label and facet title. */
  label: Text
  /** The question as the framework asks it; shown as the field's description. */
  prompt: Text
  /** The seed's own wording where `prompt.en` differs from it. */
  source?: string
}

/** Several options may apply. */
export interface MultiChoice extends QuestionBase {
  kind: 'multi'
  options: readonly Option[]
}

/** Exactly one option applies; `ordered` means the options form a scale, lowest first. */
export interface SingleChoice extends QuestionBase {
  kind: 'single'
  options: readonly Option[]
  ordered?: boolean
}

/** Localized rich text written by the coordinator. */
export interface Narrative extends QuestionBase {
  kind: 'narrative'
}

/** Localized one-line text. */
export interface ShortText extends QuestionBase {
  kind: 'shortText'
}

export interface YesNo extends QuestionBase {
  kind: 'yesNo'
}

export interface Url extends QuestionBase {
  kind: 'url'
}

/** ISO 639-1 codes of the languages a service is offered in. */
export interface Languages extends QuestionBase {
  kind: 'languages'
}

/** Weekly slots: weekday, from, to (24-hour HH:MM). */
export interface OpeningHours extends QuestionBase {
  kind: 'openingHours'
}

/** Contact persons; personal data is public only when marked public. */
export interface Persons extends QuestionBase {
  kind: 'persons'
}

/** Measured figures (metric, period, value, unit, breakdown, source). */
export interface Indicators extends QuestionBase {
  kind: 'indicators'
}

export type Question =
  | MultiChoice
  | SingleChoice
  | Narrative
  | ShortText
  | YesNo
  | Url
  | Languages
  | OpeningHours
  | Persons
  | Indicators

export type QuestionKind = Question['kind']

/**
 * A good-policy element. `rule`, where present, decides from a practice's
 * structured values whether the practice meets it; without a rule only a
 * self-assessment can tell.
 */
export interface Criterion {
  key: string
  label: Text
  rule?: (practice: PracticeFacts) => boolean
}

export interface Section {
  key: string
  title: Text
  /** The seed's heading where `title.en` differs from it. */
  source?: string
  questions: readonly Question[]
  criteria: readonly Criterion[]
}

export interface OpeningSlot {
  day: Weekday
  from: string
  to: string
}

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof weekdays)[number]

export interface IndicatorFact {
  metric: string
  period: string
  value: number
  unit: string
  dimension?: string | null
  category?: string | null
  source: string
}

/**
 * What a criterion rule may look at: the structured values of a practice,
 * keyed by question key. Narratives count as present when they hold any text.
 */
export interface PracticeFacts {
  /** multi-choice and language questions: the selected keys */
  choices: Record<string, readonly string[]>
  /** single-choice questions: the selected key, if any */
  choice: Record<string, string | undefined>
  /** yes/no questions */
  flags: Record<string, boolean | undefined>
  /** narrative, short-text and url questions that hold text */
  answered: ReadonlySet<string>
  openingHours: readonly OpeningSlot[]
  indicators: readonly IndicatorFact[]
  /** number of contact persons and whether any is public */
  contactPersons: { count: number; publicCount: number }
}
