import type { OptionObject } from 'payload'

/**
 * Select options from the form state of a practice's `sources` rows (paths `sources.N.key` and
 * `sources.N.title` with their values), in row order: the key is stored, "key: title" is shown.
 * Rows without a key yet are left out.
 */
export function sourceChoices(fields: readonly (readonly [path: string, value: unknown])[]): OptionObject[] {
  const rows = new Map<number, { key?: string; title?: string }>()
  for (const [path, value] of fields) {
    const match = /^sources\.(\d+)\.(key|title)$/.exec(path)
    if (!match || typeof value !== 'string') continue
    const row = rows.get(Number(match[1])) ?? {}
    row[match[2] as 'key' | 'title'] = value
    rows.set(Number(match[1]), row)
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([, { key, title }]) => (key ? [{ value: key, label: title ? `${key}: ${title}` : key }] : []))
}
