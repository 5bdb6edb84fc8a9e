/**
 * What changed in one field of a practice between two of its versions, per kind of field: a value that became
 * another, options added and removed, texts changed per language, figures changed with their sources. Values
 * are read as Payload returns them with `locale: 'all'` (localized values as { en, nl, fr, de }).
 */
import { byKind, optionLabel, optionLabelIn, type KindHandlers } from '@/framework'
import { languageName } from '@/framework/language-names'
import { metricLabel, type MetricVocabulary } from '@/framework/metric-vocabulary'
import { dimensionOptions, weekdayLabels } from '@/framework/record'
import { locales, type Locale, type Question } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { plainTextFromLexical } from '@/richtext/lexical'
import { formatIndicatorValue } from '@/view-models/practice/indicator-format'
import { formatDay } from '@/view-models/practice/record-values'

/** A text of one language that differs; '' where a version has none. */
export interface TextChange {
  locale: Locale
  before: string
  after: string
}

/** One figure (metric, period, breakdown) as each version states it; null where a version lacks it. */
export interface FigureChange {
  figure: string
  before: string | null
  after: string | null
}

interface Changed {
  key: string
  label: string
}

export type FieldChange =
  | (Changed & { kind: 'value'; before: string | null; after: string | null })
  | (Changed & { kind: 'options'; added: string[]; removed: string[] })
  | (Changed & { kind: 'texts'; languages: TextChange[] })
  | (Changed & { kind: 'figures'; figures: FigureChange[] })

/** A field's value in the older version (the published one, in a review) and in the newer one (the draft). */
export interface ValuePair {
  before: unknown
  after: unknown
}

/** What a field's change is described with: the reader's language, each version's source names, the metrics' names. */
export interface ChangeContext {
  key: string
  label: string
  locale: Locale
  sourceNames: { before: ReadonlyMap<string, string>; after: ReadonlyMap<string, string> }
  metrics: MetricVocabulary
}

type Row = Record<string, unknown>

export const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

const isLocalized = (value: unknown): value is Partial<Record<Locale, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every((k) => (locales as readonly string[]).includes(k))

/** A localized value in one language; a value stored without locales is the same in all. */
export const inLocale = (value: unknown, locale: Locale): unknown => (isLocalized(value) ? value[locale] : value)

/** A localized value in the reader's language, or in English where it has none. */
export const textIn = (value: unknown, locale: Locale): string => {
  const text = inLocale(value, locale) ?? inLocale(value, 'en')
  return typeof text === 'string' ? text.trim() : ''
}

const stated = (text: string | null | undefined): string | null => (text && text.trim() ? text.trim() : null)

/** A change of one value, or null when both versions say the same. */
export function valueChange(c: ChangeContext, before: string | null, after: string | null): FieldChange | null {
  return stated(before) === stated(after) ? null : { kind: 'value', key: c.key, label: c.label, before: stated(before), after: stated(after) }
}

/** Items added and removed between two lists of labelled items (compared by id), or null when none. */
export function optionsChange(c: ChangeContext, before: readonly (readonly [string, string])[], after: readonly (readonly [string, string])[]): FieldChange | null {
  const beforeIds = new Set(before.map(([id]) => id))
  const afterIds = new Set(after.map(([id]) => id))
  const added = after.filter(([id]) => !beforeIds.has(id)).map(([, label]) => label)
  const removed = before.filter(([id]) => !afterIds.has(id)).map(([, label]) => label)
  return added.length + removed.length === 0 ? null : { kind: 'options', key: c.key, label: c.label, added, removed }
}

const labelledBy = (label: (item: string) => string) => (value: unknown) =>
  (Array.isArray(value) ? (value as unknown[]) : []).map((item) => String(item)).map((item) => [item, label(item)] as const)

/** The texts of every language that differ, or null when none does. */
export function textsChange(c: ChangeContext, pair: ValuePair, plain: (value: unknown) => string): FieldChange | null {
  const languages = locales
    .map((locale) => ({ locale, before: plain(inLocale(pair.before, locale)).trim(), after: plain(inLocale(pair.after, locale)).trim() }))
    .filter((text) => text.before !== text.after)
  return languages.length === 0 ? null : { kind: 'texts', key: c.key, label: c.label, languages }
}

/** A stored text, or '' for anything else. */
export const plainString = (value: unknown) => (typeof value === 'string' ? value : '')
const asString = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/** A figure's identity: what it counts, when, and which part of a breakdown. */
const figureKey = (row: Row) => [row.metric, row.period, row.dimension ?? '', textIn(row.category, 'en')].join('\u0000')

function figureName(row: Row, c: ChangeContext): string {
  const breakdown = row.dimension ? `${optionLabelIn(dimensionOptions, asString(row.dimension), c.locale)}: ${textIn(row.category, c.locale)}` : ''
  return [metricLabel(c.metrics, plainString(row.metric), c.locale), plainString(row.period), breakdown].filter(Boolean).join(', ')
}

function figureValue(row: Row, sourceNames: ReadonlyMap<string, string>, locale: Locale): string {
  const value = formatIndicatorValue(Number(row.value), plainString(row.unit), locale)
  const what = textIn(row.label, locale)
  const source = sourceNames.get(plainString(row.source)) ?? plainString(row.source)
  return translations(locale, 'review').figureValue({ value: what ? `${what}: ${value}` : value, source })
}

/** Figures added, removed or changed (value, unit, label or source), in the newer version's order, then the removed ones. */
function figuresChange(c: ChangeContext, pair: ValuePair): FieldChange | null {
  const before = new Map(rowsOf(pair.before).map((row) => [figureKey(row), row]))
  const after = new Map(rowsOf(pair.after).map((row) => [figureKey(row), row]))
  const figures = [...after.keys(), ...[...before.keys()].filter((key) => !after.has(key))]
    .map((key): FigureChange => {
      const [was, is] = [before.get(key), after.get(key)]
      return {
        figure: figureName((is ?? was)!, c),
        before: was ? figureValue(was, c.sourceNames.before, c.locale) : null,
        after: is ? figureValue(is, c.sourceNames.after, c.locale) : null,
      }
    })
    .filter((figure) => figure.before !== figure.after)
  return figures.length === 0 ? null : { kind: 'figures', key: c.key, label: c.label, figures }
}

/** A related document's name (populated, localized or not), or its id. */
export const relatedName = (value: unknown, locale: Locale): string =>
  typeof value === 'object' && value !== null ? textIn((value as Row).name, locale) : String(value ?? '')

export const relatedId = (value: unknown): string => String(typeof value === 'object' && value !== null ? (value as Row).id : value)

const slotText = (slot: Row, locale: Locale) => `${weekdayLabels[slot.day as keyof typeof weekdayLabels]?.[locale] ?? plainString(slot.day)} ${plainString(slot.from)}–${plainString(slot.to)}`
const personText = (person: Row, locale: Locale) => [plainString(person.name), textIn(person.jobTitle, locale)].filter(Boolean).join(', ')
const bySelf = (texts: string[]) => texts.map((text) => [text, text] as const)

const stepText = (value: unknown, locale: Locale): string =>
  rowsOf(value)
    .map((step) => [step.title, step.actor, step.description].map((text) => plainString(inLocale(text, locale)).trim()).filter(Boolean).join(' – '))
    .map((text, i) => (text ? `${i + 1}. ${text}` : ''))
    .filter(Boolean)
    .join('\n')

/** Steps as one numbered text per language, so that they compare like any other localized text. */
const stepsByLocale = (value: unknown) => Object.fromEntries(locales.map((locale) => [locale, stepText(value, locale)]))

const sourceText = (source: Row) => [source.title, [source.publisher, source.date].filter(Boolean).join(', '), source.url].filter(Boolean).join(' – ')

const changeByKind = {
  slug: (_, pair, c) => valueChange(c, asString(pair.before), asString(pair.after)),
  longText: (_, pair, c) => textsChange(c, pair, plainString),
  country: (_, pair, c) => valueChange(c, relatedName(pair.before, c.locale) || null, relatedName(pair.after, c.locale) || null),
  steps: (_, pair, c) => textsChange(c, { before: stepsByLocale(pair.before), after: stepsByLocale(pair.after) }, plainString),
  sources: (_, pair, c) => {
    const listed = (value: unknown) => bySelf(rowsOf(value).map(sourceText))
    return optionsChange(c, listed(pair.before), listed(pair.after))
  },
  multi: (field, pair, c) => optionsChange(c, labelledBy((key) => optionLabel(field, key, c.locale))(pair.before), labelledBy((key) => optionLabel(field, key, c.locale))(pair.after)),
  languages: (_, pair, c) => optionsChange(c, labelledBy((code) => languageName(code)[c.locale])(pair.before), labelledBy((code) => languageName(code)[c.locale])(pair.after)),
  single: (field, pair, c) => {
    const label = (value: unknown) => (typeof value === 'string' && value ? optionLabel(field, value, c.locale) : null)
    return valueChange(c, label(pair.before), label(pair.after))
  },
  narrative: (_, pair, c) => textsChange(c, pair, plainTextFromLexical),
  shortText: (_, pair, c) => textsChange(c, pair, plainString),
  yesNo: (_, pair, c) => {
    const t = translations(c.locale, 'practice')
    const label = (value: unknown) => (typeof value === 'boolean' ? (value ? t.yes : t.no) : null)
    return valueChange(c, label(pair.before), label(pair.after))
  },
  url: (_, pair, c) => valueChange(c, asString(pair.before), asString(pair.after)),
  language: (_, pair, c) => {
    const label = (value: unknown) => (typeof value === 'string' && value ? languageName(value)[c.locale] : null)
    return valueChange(c, label(pair.before), label(pair.after))
  },
  date: (_, pair, c) => {
    const label = (value: unknown) => (typeof value === 'string' && value ? formatDay(value, c.locale) : null)
    return valueChange(c, label(pair.before), label(pair.after))
  },
  organisations: (_, pair, c) => {
    const named = (value: unknown) => rowsOf(value).map((o) => [relatedId(o), relatedName(o, c.locale)] as const)
    return optionsChange(c, named(pair.before), named(pair.after))
  },
  openingHours: (_, pair, c) =>
    optionsChange(c, bySelf(rowsOf(pair.before).map((s) => slotText(s, c.locale))), bySelf(rowsOf(pair.after).map((s) => slotText(s, c.locale)))),
  persons: (_, pair, c) =>
    optionsChange(c, bySelf(rowsOf(pair.before).map((p) => personText(p, c.locale))), bySelf(rowsOf(pair.after).map((p) => personText(p, c.locale)))),
  indicators: (_, pair, c) => figuresChange(c, pair),
} satisfies KindHandlers<[ValuePair, ChangeContext], FieldChange | null>

/** The change of a registry field between two versions, or null when it did not change. */
export const fieldChange = (field: Question, pair: ValuePair, context: ChangeContext): FieldChange | null =>
  byKind<[ValuePair, ChangeContext], FieldChange | null>(changeByKind, field, pair, context)
