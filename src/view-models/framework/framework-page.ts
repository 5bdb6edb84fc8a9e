/**
 * The framework page's content: every section in the seed's order with its questions and options, and its
 * good-policy elements with the rule in words, how many published practices meet each and where the
 * catalogue shows them.
 */
import type { Prevalence, PrevalenceByElement } from '@/benchmark/criterion-prevalence'
import { elementKey } from '@/benchmark/elements'
import { framework, type Locale } from '@/framework'
import { facetFields } from '@/data/catalogue-facets'
import { catalogueSearch } from '@/url-state/catalogue-query'
import { ruleSentence } from './rule-sentence'
import { ruleWords, type RuleWords } from './rule-words'

export interface QuestionView {
  key: string
  label: string
  prompt: string
  /** the seed's own English line where the prompt differs from it */
  seedWording: string | null
  options: { key: string; label: string }[]
}

/** Where the catalogue lists the practices of an element: exactly them, or the nearest filter it has. */
export type CatalogueLink = { href: string; exact: true } | { href: string; exact: false; closestFilter: string | null }

export interface ElementView {
  key: string
  label: string
  /** null: no rule reads it from the records */
  rule: string | null
  prevalence: Prevalence | null
  catalogue: CatalogueLink
}

export interface SectionView {
  key: string
  title: string
  questions: QuestionView[]
  elements: ElementView[]
}

const facetOfQuestion = new Map(facetFields.map((f) => [f.key, f]))

/** The catalogue's filter on the question a rule's words look at, when it has one, and whether it lists exactly the practices meeting the rule. */
function filterOf(words: RuleWords, locale: Locale): { param: string; label: string; options: readonly string[]; exact: boolean } | null {
  const parts = words.kind === 'both' ? words.parts : [words]
  const questions = new Set(parts.map((p) => ('question' in p ? p.question : null)))
  const [question] = questions
  const field = questions.size === 1 && question ? facetOfQuestion.get(question) : undefined
  if (!field) return null
  const options = parts.flatMap((p) => ('options' in p ? p.options : []))
  // The catalogue ORs the options of one filter: it lists exactly the practices of a rule that asks for any of them.
  return { param: field.facet.param, label: (field.facet.label ?? field.label)[locale], options, exact: words.kind === 'any' }
}

function catalogueLink(words: RuleWords | undefined, locale: Locale): CatalogueLink {
  const base = `/${locale}/practices`
  const filter = words ? filterOf(words, locale) : null
  if (!filter) return { href: base, exact: false, closestFilter: null }
  const filters = filter.options.length > 0 ? { [filter.param]: [...filter.options] } : {}
  const href = `${base}${catalogueSearch({ q: '', filters, sort: 'newest', page: 1 })}`
  return filter.exact ? { href, exact: true } : { href, exact: false, closestFilter: filter.label }
}

/**
 * `prevalence` counts the benchmark's inventory (src/benchmark/data/inventory.ts): published practices without
 * the synthetic load-test records, which the catalogue would also list.
 */
export function frameworkSections(prevalence: PrevalenceByElement, locale: Locale): SectionView[] {
  return framework.map((section) => ({
    key: section.key,
    title: section.title[locale],
    questions: section.questions.map((q) => ({
      key: q.key,
      label: q.label[locale],
      prompt: q.prompt[locale],
      seedWording: q.source ?? null,
      options: 'options' in q ? q.options.map((o) => ({ key: o.key, label: o.label[locale] })) : [],
    })),
    elements: section.criteria.map((criterion) => {
      const key = elementKey(section, criterion)
      const words = ruleWords[key]
      return {
        key,
        label: criterion.label[locale],
        rule: words ? ruleSentence(words, locale) : null,
        prevalence: prevalence.get(key) ?? null,
        catalogue: catalogueLink(words, locale),
      }
    }),
  }))
}

/** The title of the framework's source document, as it heads shared/seeds/002_*.txt (in English only). */
export const sourceDocumentTitle = 'Framework for design and mapping existing career guidance services'
