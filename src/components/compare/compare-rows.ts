/**
 * The comparison table as data, derived from the framework: a section per framework section (after the
 * record fields outside it), an element per question, a cell per practice, and whether the practices agree.
 * Multi-valued answers (options, languages, opening days, reported metrics) become presence matrices with
 * a row per value that at least one of the practices has.
 */
import type { ComparedPractice } from '../../data/compare'
import { framework, optionLabel, type Question } from '../../framework'
import { languageName } from '../../framework/language-names'
import { contextOptions, domainOptions, lifecycleOptions, metricOptions, modalityOptions, practiceTypeOptions, weekdayLabels } from '../../framework/record'
import { weekdays, type Locale, type Option } from '../../framework/types'
import { translations } from '../../i18n/translations'
import type { Country, Practice } from '../../payload-types'
import { plainTextFromLexical } from '../../richtext/lexical'
import { optionLabelIn } from '../practice/option-labels'

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

function questionElement(question: Question, practices: readonly ComparedPractice[], locale: Locale): CompareElement {
  const { key } = question
  const label = question.label[locale]
  const values = practices.map((p) => (p.practice as unknown as Record<string, unknown>)[key])
  const langOf = (i: number) => (practices[i]!.untranslated.has(key) ? 'en' : undefined)
  const t = translations(locale, 'practice')
  switch (question.kind) {
    case 'multi':
      return presenceMatrix(key, label, labelled(question.options, locale), values.map(listOrNull))
    case 'languages': {
      const codes = unique(values.flatMap((v) => listOrNull(v) ?? []))
      return presenceMatrix(key, label, codes.map((code) => ({ key: code, label: languageName(code)[locale] })), values.map(listOrNull))
    }
    case 'single': {
      const steps = question.options.map((o) => o.label[locale])
      return oneRow(
        key,
        label,
        values.map((v): Cell => {
          const position = question.options.findIndex((o) => o.key === v) + 1
          if (position === 0) return unstated
          return question.ordered ? { kind: 'scale', position, steps } : { kind: 'text', text: optionLabel(question, v as string, locale) }
        }),
      )
    }
    case 'narrative':
      return oneRow(key, label, values.map((v, i) => textCell(plainTextFromLexical(v), langOf(i))))
    case 'shortText':
      return oneRow(key, label, values.map((v, i) => textCell(v as string | null, langOf(i))))
    case 'url':
      return oneRow(key, label, values.map((v) => textCell(v as string | null)))
    case 'yesNo':
      return oneRow(key, label, values.map((v) => (typeof v === 'boolean' ? { kind: 'text', text: v ? t.yes : t.no } : unstated)))
    case 'openingHours': {
      const slots = values.map((v) => rowsOf<Slot>(v))
      const hours = (i: number, day: string) => slots[i]!.filter((s) => s.day === day).map((s) => `${s.from}–${s.to}`).join(', ')
      const days = weekdays.map((day) => ({ key: day, label: weekdayLabels[day][locale] }))
      return presenceMatrix(key, label, days, slots.map((s) => (s.length > 0 ? s.map((slot) => slot.day) : null)), hours)
    }
    case 'persons':
      return oneRow(key, label, values.map((v) => textCell(rowsOf<Person>(v).map((p) => [p.name, p.jobTitle].filter(Boolean).join(', ')).join('; '))))
    case 'indicators': {
      const figures = values.map((v) => rowsOf<Indicator>(v))
      const periods = (i: number, metric: string) => unique(figures[i]!.filter((f) => f.metric === metric).map((f) => f.period)).sort().join(', ')
      const metrics = [...labelled(metricOptions, locale), ...unique(figures.flat().map((f) => f.metric)).filter((m) => !metricOptions.some((o) => o.key === m)).map((m) => ({ key: m, label: m }))]
      return presenceMatrix(key, label, metrics, figures.map((f) => (f.length > 0 ? f.map((figure) => figure.metric) : null)), periods)
    }
  }
}

export const countryName = (country: Practice['country']) => (typeof country === 'object' ? (country as Country).name : country)

/** The record fields outside the framework that tell practices apart at a glance. */
function recordSection(practices: readonly ComparedPractice[], title: string, locale: Locale): CompareSection {
  const t = translations(locale, 'practice')
  const choice = (options: readonly Option[], key: string | null | undefined) => textCell(key ? optionLabelIn(options, key, locale) : null)
  const all = (cell: (p: Practice, untranslated: ReadonlySet<string>) => Cell) => practices.map((p) => cell(p.practice, p.untranslated))
  const chosen = (list: (p: Practice) => unknown) => practices.map((p) => listOrNull(list(p.practice)))
  return {
    key: 'record',
    title,
    elements: [
      oneRow('country', t.country, all((p) => textCell(countryName(p.country)))),
      oneRow('region', t.region, all((p, untranslated) => textCell(p.region, untranslated.has('region') ? 'en' : undefined))),
      oneRow('lifecycle', t.status, all((p) => choice(lifecycleOptions, p.lifecycle))),
      oneRow('modality', t.modality, all((p) => choice(modalityOptions, p.modality))),
      presenceMatrix('contexts', t.context, labelled(contextOptions, locale), chosen((p) => p.contexts)),
      presenceMatrix('practiceTypes', t.type, labelled(practiceTypeOptions, locale), chosen((p) => p.practiceTypes)),
      presenceMatrix('domains', t.domains, labelled(domainOptions, locale), chosen((p) => p.domains)),
    ],
  }
}

/** Every row of the comparison: the record section (titled `recordTitle`), then the framework's sections in order. */
export function comparisonSections(practices: readonly ComparedPractice[], recordTitle: string, locale: Locale): CompareSection[] {
  return [
    recordSection(practices, recordTitle, locale),
    ...framework.map((section) => ({
      key: section.key,
      title: section.title[locale],
      elements: section.questions.map((q) => questionElement(q, practices, locale)),
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
