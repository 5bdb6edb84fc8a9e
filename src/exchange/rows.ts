/** A practice input as a row of exchange columns, and a row back to a (not yet validated) practice input. */
import { translations } from '@/i18n/translations'
import type { LocalizedText, PracticeInput } from '@/framework/practice-schema'
import { locales, type Locale, type Option } from '@/framework/types'
import { columnSpecs, localizedHeader, MULTI_SEPARATOR, type ColumnSpec } from './columns'
import { unneutralise } from './csv'
import { nestsTooDeep, textProblem, textProblemsIn, tooDeepProblem } from './value-checks'

export interface CellProblem {
  column: string
  value: string
  expected: string
}

/** A value as a problem report shows it: long ones cut short. */
export const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 80)}…` : value)

/** Writes one column's cells of a practice. */
type CellWriter = (value: unknown, locale: Locale, cells: string[]) => void

/** An option's label in `locale` by its key (the key itself when no option has it), from a table made once. */
function optionLabels(options: readonly Option[] | undefined): (key: string, locale: Locale) => string {
  const byLocale = Object.fromEntries(locales.map((l) => [l, new Map((options ?? []).map((o) => [o.key, o.label[l]]))])) as Record<Locale, Map<string, string>>
  return (key, locale) => byLocale[locale].get(key) ?? key
}

function cellWriter(column: ColumnSpec): CellWriter {
  switch (column.kind) {
    case 'localized':
      return (v, _, cells) => {
        for (const l of locales) cells.push((v as LocalizedText | undefined)?.[l] ?? '')
      }
    case 'choice': {
      const label = optionLabels(column.options)
      return (v, locale, cells) => cells.push(typeof v === 'string' ? label(v, locale) : '')
    }
    case 'choices': {
      const label = optionLabels(column.options)
      return (v, locale, cells) => cells.push(((v as string[] | undefined) ?? []).map((k) => label(k, locale)).join(MULTI_SEPARATOR))
    }
    case 'organisations':
      return (v, _, cells) => cells.push(((v as string[] | undefined) ?? []).join(MULTI_SEPARATOR))
    case 'yesNo':
      return (v, _, cells) => cells.push(v === true ? 'yes' : v === false ? 'no' : '')
    case 'json':
      return (v, _, cells) => cells.push(Array.isArray(v) && v.length > 0 ? JSON.stringify(v) : '')
    case 'text':
      return (v, _, cells) => cells.push(typeof v === 'string' ? v : '')
  }
}

/** Each column's key and writer, made once: an export writes a hundred thousand rows with them. */
const cellWriters = columnSpecs.map((column) => [column.key, cellWriter(column)] as const)

/** The cells of a practice in the order of `headers`; choice values written as their labels in `locale` (an importer reads those back). */
export function practiceCells(input: PracticeInput, locale: Locale): string[] {
  const cells: string[] = []
  for (const [key, write] of cellWriters) write((input as Record<string, unknown>)[key], locale, cells)
  return cells
}

/** Each option list's keys by their lower-cased key and labels, made once: an import looks up several cells of every row. */
const optionLookups = new WeakMap<readonly Option[], Map<string, string>>()

/** An option key from its key or its label in any interface language, ignoring case (the first option that has it). */
function optionKey(options: readonly Option[] | undefined, text: string): string | undefined {
  if (!options) return undefined
  let lookup = optionLookups.get(options)
  if (!lookup) {
    lookup = new Map()
    for (const o of options) for (const name of [o.key, ...locales.map((l) => o.label[l])]) if (!lookup.has(name.toLowerCase())) lookup.set(name.toLowerCase(), o.key)
    optionLookups.set(options, lookup)
  }
  return lookup.get(text.trim().toLowerCase())
}

const yes = new Set(['yes', 'true', 'ja', 'oui', 'y', '1'])
const no = new Set(['no', 'false', 'nee', 'nein', 'non', 'n', '0'])

/** A cell's text as the row reads it: the exporter's protecting apostrophe taken off, spaces at either end trimmed. */
export const cellText = (raw: string) => unneutralise(raw).trim()

/**
 * Reads cells (by header) into a practice input for the schema to validate.
 * Problems a cell alone shows (unknown option, bad JSON, a formula, a NUL character) are reported here, by column,
 * saying in `locale` what the cell should hold.
 * A cell is checked as the spreadsheet holds it: the exporter's apostrophe marks a text such as "- a bullet" as text.
 */
export function rowToPractice(cells: Record<string, string>, locale: Locale = 'en'): { input: Record<string, unknown>; problems: CellProblem[] } {
  const input: Record<string, unknown> = {}
  const problems: CellProblem[] = []
  const read = (header: string) => {
    const raw = cells[header] ?? ''
    const expected = textProblem(raw, locale)
    if (expected !== undefined) {
      problems.push({ column: header, value: shown(raw), expected })
      return ''
    }
    return cellText(raw)
  }
  for (const column of columnSpecs) {
    if (column.kind === 'localized') {
      const text = Object.fromEntries(locales.map((l) => [l, read(localizedHeader(column.key, l))]).filter(([, v]) => v !== ''))
      if (Object.keys(text).length > 0) input[column.key] = text
      continue
    }
    const cell = read(column.key)
    if (cell === '') continue
    const parsed = parseCell(column, cell, locale)
    if ('problem' in parsed) {
      problems.push({ column: column.key, value: shown(cell), expected: parsed.problem })
      continue
    }
    input[column.key] = parsed.value
    if (column.kind === 'json') {
      problems.push(...textProblemsIn(parsed.value, locale).map(({ value, expected }) => ({ column: column.key, value: shown(value), expected })))
    }
  }
  return { input, problems }
}

function parseCell(column: ColumnSpec, cell: string, locale: Locale): { value: unknown } | { problem: string } {
  const t = translations(locale, 'importProblems')
  // Listed only for a problem: every cell of every imported row passes through here.
  const options = () => column.options?.map((o) => o.key).join(', ') ?? ''
  switch (column.kind) {
    case 'choice': {
      const key = optionKey(column.options, cell)
      return key ? { value: key } : { problem: t.oneOf({ options: options() }) }
    }
    case 'choices': {
      const parts = cell.split('|').map((p) => p.trim()).filter(Boolean)
      const keys = parts.map((p) => optionKey(column.options, p))
      const unknown = parts.filter((_, i) => keys[i] === undefined)
      return unknown.length > 0 ? { problem: t.severalOf({ options: options(), unknown: unknown.join(', ') }) } : { value: keys }
    }
    case 'organisations':
      return { value: cell.split('|').map((p) => p.trim()).filter(Boolean) }
    case 'yesNo': {
      const v = cell.toLowerCase()
      return yes.has(v) ? { value: true } : no.has(v) ? { value: false } : { problem: t.yesOrNo }
    }
    case 'json':
      if (nestsTooDeep(cell)) return { problem: tooDeepProblem(locale) }
      try {
        const value = JSON.parse(cell)
        return Array.isArray(value) ? { value } : { problem: t.jsonArray({}) }
      } catch {
        return { problem: t.jsonInvalid }
      }
    default:
      return { value: cell }
  }
}

/** The column a schema problem belongs to, from its path in the practice input. */
export function columnOfPath(path: readonly PropertyKey[]): string {
  const [key, second] = path
  if (typeof key !== 'string') return '(row)'
  const spec = columnSpecs.find((c) => c.key === key)
  if (spec?.kind === 'localized' && typeof second === 'string' && (locales as readonly string[]).includes(second)) {
    return localizedHeader(key, second as Locale)
  }
  return key
}
