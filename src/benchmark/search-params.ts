import { assessableSectionKeys } from '@/benchmark/elements'

type SearchParams = Record<string, string | string[] | undefined>

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

/** The sections a page address asks for (`sections=a&sections=b`, or `all=1`), known ones only, in framework order. */
export function sectionsOf(query: SearchParams): string[] {
  if (query.all === '1') return [...assessableSectionKeys]
  const asked = new Set(list(query.sections))
  return assessableSectionKeys.filter((key) => asked.has(key))
}

/** A single value of the address, or null. */
export const single = (query: SearchParams, name: string): string | null => {
  const value = query[name]
  return typeof value === 'string' && value !== '' ? value : null
}
