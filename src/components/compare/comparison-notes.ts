import { MAX_COMPARED, MIN_COMPARED, type CompareQuery } from '../../data/compare-query'
import type { ComparedPractices } from '../../data/compare'
import type { CompareMessages } from '../../i18n/compare-messages'

/** What is wrong with the comparison asked for, in words for the visitor; empty when all is well. */
export function comparisonNotes(query: CompareQuery, { practices, missing }: ComparedPractices, t: CompareMessages): string[] {
  if (query.slugs.length === 0) return [t.noneChosen]
  return [
    ...missing.map(t.notFound),
    ...(query.slugs.length > MAX_COMPARED ? [t.tooMany(MAX_COMPARED)] : []),
    ...(practices.length > 0 && practices.length < MIN_COMPARED ? [t.onlyOne] : []),
  ]
}
