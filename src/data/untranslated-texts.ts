import type { FlattenedField, SelectType } from 'payload'

import { plainTextFromLexical } from '@/richtext/lexical'

/** A localized text field: at the top level (`summary`) or in the rows of an array (`pathway` → `title`). */
export interface LocalizedText {
  array?: string
  name: string
}

const isLocalizedText = (field: FlattenedField) =>
  (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') && Boolean(field.localized)

/** The localized text fields of a collection, read from its (flattened) field config. */
export function localizedTextsOf(fields: readonly FlattenedField[]): LocalizedText[] {
  return fields.flatMap((field): LocalizedText[] => {
    if (field.type === 'array') return field.flattenedFields.filter(isLocalizedText).map((f) => ({ array: field.name, name: f.name }))
    return isLocalizedText(field) ? [{ name: field.name }] : []
  })
}

/** A `select` that reads only these texts (and the ids of their array rows). */
export function selectTexts(texts: readonly LocalizedText[]): SelectType {
  const select: Record<string, true | Record<string, true>> = {}
  for (const { array, name } of texts) {
    if (!array) select[name] = true
    else select[array] = { ...(select[array] as Record<string, true> | undefined), id: true, [name]: true }
  }
  return select
}

const hasText = (value: unknown) =>
  typeof value === 'string' ? value.trim() !== '' : value != null && typeof value === 'object' && plainTextFromLexical(value).trim() !== ''

type Row = { id?: string | null } & Record<string, unknown>

/**
 * Paths of the texts that `shown` (read with a fallback locale) holds but `own` (the same document read
 * without fallback) lacks: `summary`, or `<array>.<row id>.<field>` such as `pathway.65a1….title`.
 */
export function untranslatedPaths(shown: Record<string, unknown>, own: Record<string, unknown> | undefined, texts: readonly LocalizedText[]): Set<string> {
  const paths = new Set<string>()
  for (const { array, name } of texts) {
    if (!array) {
      if (hasText(shown[name]) && !hasText(own?.[name])) paths.add(name)
      continue
    }
    const ownRows = (own?.[array] ?? []) as Row[]
    for (const row of (shown[array] ?? []) as Row[]) {
      const ownRow = ownRows.find((r) => r.id === row.id)
      if (hasText(row[name]) && !hasText(ownRow?.[name])) paths.add(`${array}.${row.id}.${name}`)
    }
  }
  return paths
}
