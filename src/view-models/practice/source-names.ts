import type { Practice } from '@/payload-types'

export type Source = NonNullable<Practice['sources']>[number]

const shortName = (source: Source) =>
  source.publisher ? [source.publisher, source.date].filter(Boolean).join(', ') : source.title

/**
 * A short name for each source key, to cite it next to a figure: its publisher (and date), or its title
 * when it has no publisher or when another source would get the same short name.
 */
export function sourceNames(sources: readonly Source[]): Map<string, string> {
  const counts = new Map<string, number>()
  for (const source of sources) counts.set(shortName(source), (counts.get(shortName(source)) ?? 0) + 1)
  return new Map(sources.map((source) => [source.key, counts.get(shortName(source))! > 1 ? source.title : shortName(source)]))
}
