import { MAX_COMPARED, MIN_COMPARED, type CompareQuery } from '@/url-state/compare-query'
import type { ComparedPractices } from '@/data/compare'
import type { Translations } from '@/i18n/translate'

/** What is wrong with the comparison asked for, in words for the visitor; empty when all is well. */
export function comparisonNotes(query: CompareQuery, { practices, missing }: ComparedPractices, t: Translations<'compare'>): string[] {
  if (query.slugs.length === 0) return [t.noneChosen]
  return [
    ...missing.map((slug) => t.notFound({ slug })),
    ...(query.slugs.length > MAX_COMPARED ? [t.tooMany({ max: MAX_COMPARED })] : []),
    ...(practices.length > 0 && practices.length < MIN_COMPARED ? [t.onlyOne] : []),
  ]
}
