/**
 * The comparison table as data, derived from the framework: a section per framework section (after the
 * record fields outside it), an element per question, a cell per practice, and whether the practices agree.
 * Multi-valued answers (options, languages, opening days, reported metrics) become presence matrices with
 * a row per value that at least one of the practices has.
 */
import type { ComparedPractice } from '@/data/compare'
import { byKind, comparedRecordFields, framework, optionLabel, type KindHandlers, type Question } from '@/framework'
import { languageName } from '@/framework/language-names'
import { metricLabel, type MetricVocabulary } from '@/framework/metric-vocabulary'
import { weekdayLabels } from '@/framework/record'
import { weekdays, type Locale, type Option } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { Country, Practice } from '@/payload-types'
import { plainTextFromLexical } from '@/richtext/lexical'
import { formatDay, organisationNames } from '@/view-models/practice/record-values'

/** The practices as the comparison's components receive them. */
export type { ComparedPractice }

export type Cell =
  | { kind: 'unstated' }
  /** a matrix cell: whether the practice has this row's value, and what it says about it (hours, periods) */
  | { kind: 'presence'; present: boolean; detail?: string }
  | { kind: 'text'; text: string; lang?: 'en' }
  /** an answer on an ordered scale: position 1 is the lowest of `steps` */
  | { kind: 'scale'; position: number; steps: readonly string[] }

export interface CompareRow {
  key: string
  label: string
  cells: Cell[]
  /** every practice gives the same answer (absent and not stated count alike in a matrix) */
  same: boolean
}

export interface CompareElement {
  key: string
  label: string
  /** rows are the values of a presence matrix, labelled by value */
  matrix: boolean
  rows: CompareRow[]
}

export interface CompareSection {
  key: string
  title: string
  elements: CompareElement[]
}

interface Labelled {
  key: string
  label: string
}

const unstated: Cell = { kind: 'unstated' }

const agreementKey = (cell: Cell): string => {
  switch (cell.kind) {
    case 'unstated':
      return ''
    case 'presence':
      // Hours or periods are part of the answer: Monday 9–16 and Monday 14–21 differ.
      return cell.present ? `yes ${cell.detail ?? ''}` : ''
    case 'text':
      return cell.text.trim()
    case 'scale':
      return String(cell.position)
  }
}

const row = (key: string, label: string, cells: Cell[]): CompareRow => ({ key, label, cells, same: new Set(cells.map(agreementKey)).size === 1 })

const oneRow = (key: string, label: string, cells: Cell[]): CompareElement => ({ key, label, matrix: false, rows: [row(key, label, cells)] })

/**
 * A row per value that some practice has, in the order of `values`; `chosen[i]` is null when practice i
 * states nothing. `detail` says more about a value a practice has.
 */
function presenceMatrix(
  key: string,
  label: string,
  values: readonly Labelled[],
  chosen: readonly (readonly string[] | null)[],
  detail?: (practice: number, value: string) => string,
): CompareElement {
  const rows = values
    .filter((v) => chosen.some((c) => c?.includes(v.key)))
    .map((v) =>
      row(
        `${key}.${v.key}`,
        v.label,
        chosen.map((c, i) => (c === null ? unstated : { kind: 'presence', present: c.includes(v.key), detail: c.includes(v.key) ? detail?.(i, v.key) : undefined })),
      ),
    )
  return rows.length > 0 ? { key, label, matrix: true, rows } : oneRow(key, label, chosen.map(() => unstated))
}

const rowsOf = <Row>(value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])
const listOrNull = (value: unknown): string[] | null => (rowsOf<string>(value).length > 0 ? rowsOf<string>(value) : null)
const textCell = (text: string | null | undefined, lang?: 'en'): Cell => (text && text.trim() ? { kind: 'text', text: text.trim(), lang } : unstated)
const labelled = (options: readonly Option[], locale: Locale): Labelled[] => options.map((o) => ({ key: o.key, label: o.label[locale] }))
const unique = <T>(items: readonly T[]) => [...new Set(items)]

type Slot = NonNullable<Practice['openingHours']>[number]
type Person = NonNullable<Practice['persons']>[number]
type Indicator = NonNullable<Practice['indicators']>[number]
type Step = NonNullable<Practice['pathway']>[number]
type Source = NonNullable<Practice['sources']>[number]

/** What the element of one field is built from: the practices' values, the field's label, the page's locale. */
interface Values {
  key: string
  label: string
  values: unknown[]
  /** 'en' where practice i shows this text in English for want of a translation */
  langOf: (i: number) => 'en' | undefined
  locale: Locale
  metrics: MetricVocabulary
}

const textRow = (v: Values, text: (value: unknown, i: number) => string | null | undefined, lang = false) =>
  oneRow(v.key, v.label, v.values.map((value, i) => textCell(text(value, i), lang ? v.langOf(i) : undefined)))

const elementByKind = {
  multi: (field, v) => presenceMatrix(v.key, v.label, labelled(field.options, v.locale), v.values.map(listOrNull)),
  languages: (_, v) => {
    const codes = unique(v.values.flatMap((value) => listOrNull(value) ?? []))
    return presenceMatrix(v.key, v.label, codes.map((code) => ({ key: code, label: languageName(code)[v.locale] })), v.values.map(listOrNull))
  },
  single: (field, v) => {
    const steps = field.options.map((o) => o.label[v.locale])
    return oneRow(
      v.key,
      v.label,
      v.values.map((value): Cell => {
        const position = field.options.findIndex((o) => o.key === value) + 1
        if (position === 0) return unstated
        return field.ordered ? { kind: 'scale', position, steps } : { kind: 'text', text: optionLabel(field, value as string, v.locale) }
      }),
    )
  },
  narrative: (_, v) => textRow(v, (value) => plainTextFromLexical(value), true),
  shortText: (_, v) => textRow(v, (value) => value as string | null, true),
  longText: (_, v) => textRow(v, (value) => value as string | null, true),
  slug: (_, v) => textRow(v, (value) => value as string | null),
  country: (_, v) => textRow(v, (value) => (value ? countryName(value as Practice['country']) : null)),
  steps: (_, v) => textRow(v, (value) => rowsOf<Step>(value).map((step) => step.title).join(' → '), true),
  sources: (_, v) => textRow(v, (value) => rowsOf<Source>(value).map((source) => source.title).join('; ')),
  url: (_, v) => textRow(v, (value) => value as string | null),
  language: (_, v) => textRow(v, (value) => (typeof value === 'string' ? languageName(value)[v.locale] : null)),
  date: (_, v) => textRow(v, (value) => (typeof value === 'string' ? formatDay(value, v.locale) : null)),
  organisations: (_, v) => textRow(v, (value) => organisationNames(value).join('; ')),
  yesNo: (_, v) => {
    const t = translations(v.locale, 'practice')
    return oneRow(v.key, v.label, v.values.map((value) => (typeof value === 'boolean' ? { kind: 'text', text: value ? t.yes : t.no } : unstated)))
  },
  openingHours: (_, v) => {
    const slots = v.values.map((value) => rowsOf<Slot>(value))
    const hours = (i: number, day: string) => slots[i]!.filter((s) => s.day === day).map((s) => `${s.from}–${s.to}`).join(', ')
    const days = weekdays.map((day) => ({ key: day, label: weekdayLabels[day][v.locale] }))
    return presenceMatrix(v.key, v.label, days, slots.map((s) => (s.length > 0 ? s.map((slot) => slot.day) : null)), hours)
  },
  persons: (_, v) => textRow(v, (value) => rowsOf<Person>(value).map((p) => [p.name, p.jobTitle].filter(Boolean).join(', ')).join('; ')),
  indicators: (_, v) => {
    const figures = v.values.map((value) => rowsOf<Indicator>(value))
    const periods = (i: number, metric: string) => unique(figures[i]!.filter((f) => f.metric === metric).map((f) => f.period)).sort().join(', ')
    // A row per metric (never two metrics in one row), named by the vocabulary, in alphabetical order.
    const collator = new Intl.Collator(v.locale)
    const metrics = unique(figures.flat().map((f) => f.metric))
      .map((key) => ({ key, label: metricLabel(v.metrics, key, v.locale) }))
      .sort((a, b) => collator.compare(a.label, b.label))
    return presenceMatrix(v.key, v.label, metrics, figures.map((f) => (f.length > 0 ? f.map((figure) => figure.metric) : null)), periods)
  },
} satisfies KindHandlers<[Values], CompareElement>

function fieldElement(field: Question, practices: readonly ComparedPractice[], locale: Locale, metrics: MetricVocabulary): CompareElement {
  const { key } = field
  return byKind<[Values], CompareElement>(elementByKind, field, {
    key,
    label: field.label[locale],
    values: practices.map((p) => (p.practice as unknown as Record<string, unknown>)[key]),
    langOf: (i) => (practices[i]!.untranslated.has(key) ? 'en' : undefined),
    locale,
    metrics,
  })
}

export const countryName = (country: Practice['country']) => (typeof country === 'object' ? (country as Country).name : country)

/** The record fields the registry marks for comparison (the country first). */
function recordSection(practices: readonly ComparedPractice[], title: string, locale: Locale, metrics: MetricVocabulary): CompareSection {
  return { key: 'record', title, elements: comparedRecordFields.map((field) => fieldElement(field, practices, locale, metrics)) }
}

/**
 * Every row of the comparison: the record section (titled `recordTitle`), then the framework's sections in
 * order. Metrics are named from `metrics`, the vocabulary.
 */
export function comparisonSections(practices: readonly ComparedPractice[], recordTitle: string, locale: Locale, metrics: MetricVocabulary): CompareSection[] {
  return [
    recordSection(practices, recordTitle, locale, metrics),
    ...framework.map((section) => ({
      key: section.key,
      title: section.title[locale],
      elements: section.questions.map((q) => fieldElement(q, practices, locale, metrics)),
    })),
  ]
}

/** The same sections holding only the rows where the practices differ. */
export function differencesOnly(sections: readonly CompareSection[]): CompareSection[] {
  return sections
    .map((section) => ({
      ...section,
      elements: section.elements.map((e) => ({ ...e, rows: e.rows.filter((r) => !r.same) })).filter((e) => e.rows.length > 0),
    }))
    .filter((section) => section.elements.length > 0)
}
