/**
 * The shape of a practice's fields as data: the ICT/LMI mapping framework's
 * questions and the record fields beside it. Everything that shows, stores,
 * validates, exchanges or scores a practice is derived from values of these
 * types (see ../../../shared/seeds/002_*.txt for the framework's source text).
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

/** A catalogue filter on a choice field, with counts per option. */
export interface FacetSpec {
  /** URL parameter of the filter */
  param: string
  /** place among the catalogue's facets, after the country */
  position: number
  /** title of the facet where the field's label does not suit it */
  label?: Text
}

interface QuestionBase {
  /** Stable key, unique across all fields of a practice; becomes the Payload field name. */
  key: string
  /** Short name of the element, used as field label, row label and facet title. */
  label: Text
  /** The question as the framework asks it; shown as the field's description. */
  prompt: Text
  /** The seed's own wording where `prompt.en` differs from it. */
  source?: string
  /** Every practice must state it. */
  required?: boolean
  /** Left out of the practice page's list of record fields (shown elsewhere on the page, or not at all). */
  page?: false
  /** Left out of the comparison. */
  compare?: false
  /** Left out of the CSV and JSON exchange columns (export and import); every field is a column unless it says so. */
  exchange?: false
}

/** Several options may apply. */
export interface MultiChoice extends QuestionBase {
  kind: 'multi'
  options: readonly Option[]
  facet?: FacetSpec
  /** Charted by the inventory's coverage figures, at this place among them. */
  chart?: number
}

/** Exactly one option applies; `ordered` means the options form a scale, lowest first. */
export interface SingleChoice extends QuestionBase {
  kind: 'single'
  options: readonly Option[]
  ordered?: boolean
  /** Chosen from a drop-down list in the admin instead of radio buttons. */
  dropdown?: boolean
  facet?: FacetSpec
}

/** Localized rich text written by the coordinator. */
export interface Narrative extends QuestionBase {
  kind: 'narrative'
}

/** Localized one-line text. */
export interface ShortText extends QuestionBase {
  kind: 'shortText'
}

/** Localized plain text of a few sentences, without formatting (such as a summary). */
export interface LongText extends QuestionBase {
  kind: 'longText'
}

/** The last part of the practice's web address; filled from the English title when left empty. */
export interface Slug extends QuestionBase {
  kind: 'slug'
}

/** The country the practice belongs to (a record of the `countries` collection; its ISO code in exchanges). */
export interface Country extends QuestionBase {
  kind: 'country'
}

/** Ordered steps (title, who acts, what happens), first step first, such as a referral pathway. */
export interface Steps extends QuestionBase {
  kind: 'steps'
}

/** The documents a practice's facts come from (key, title, URL, publisher, date); indicators cite them by key. */
export interface Sources extends QuestionBase {
  kind: 'sources'
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
  facet?: FacetSpec
}

/** One ISO 639-1 code (such as the language a record was written in). */
export interface Language extends QuestionBase {
  kind: 'language'
}

/** A calendar day (YYYY-MM-DD). */
export interface DateField extends QuestionBase {
  kind: 'date'
}

/** Organisations of the `organisations` collection, by slug in exchanges. */
export interface Organisations extends QuestionBase {
  kind: 'organisations'
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
  | LongText
  | Slug
  | Country
  | Steps
  | Sources
  | YesNo
  | Url
  | Languages
  | Language
  | DateField
  | Organisations
  | OpeningHours
  | Persons
  | Indicators

/** Every kind of field; each has one handler in every table that derives something from fields. */
export type FieldKind = Question['kind']

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
 * keyed by field key. Narratives count as present when they hold any text.
 */
export interface PracticeFacts {
  /** multi-choice and language questions: the selected keys */
  choices: Record<string, readonly string[]>
  /** single-choice questions: the selected key, if any */
  choice: Record<string, string | undefined>
  /** yes/no questions */
  flags: Record<string, boolean | undefined>
  /** text, url and date fields that hold text, and organisation fields that name any */
  answered: ReadonlySet<string>
  openingHours: readonly OpeningSlot[]
  indicators: readonly IndicatorFact[]
  /** number of contact persons and whether any is public */
  contactPersons: { count: number; publicCount: number }
}
