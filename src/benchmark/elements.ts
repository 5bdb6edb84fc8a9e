/**
 * The benchmark's good-policy elements: every criterion of every framework
 * section, addressed by a key `<section>.<criterion>` (criterion keys are
 * unique only within their section). These keys are stored in assessments.
 */
import { framework, type Criterion, type Section } from '@/framework'

export interface BenchmarkElement {
  /** `<section key>.<criterion key>`, e.g. `access.anonymous` */
  key: string
  section: Section
  criterion: Criterion
}

export const elementKey = (section: Section, criterion: Criterion) => `${section.key}.${criterion.key}`

const elementList: readonly BenchmarkElement[] = framework.flatMap((section) =>
  section.criteria.map((criterion) => ({ key: elementKey(section, criterion), section, criterion })),
)

/** Every element, in framework order. */
export const benchmarkElements = (): readonly BenchmarkElement[] => elementList

/** Keys of every element, in framework order. */
export const elementKeys: readonly string[] = elementList.map((e) => e.key)

/** Sections that have good-policy elements, in framework order: the sections one can assess. */
export const assessableSections: readonly Section[] = framework.filter((s) => s.criteria.length > 0)

export const assessableSectionKeys: readonly string[] = assessableSections.map((s) => s.key)

/** The elements of the given sections, in framework order. */
export function elementsOfSections(sectionKeys: readonly string[]): BenchmarkElement[] {
  const chosen = new Set(sectionKeys)
  return elementList.filter((e) => chosen.has(e.section.key))
}

/** The section of an element key, or undefined when the key is not an element. */
export function sectionKeyOfElement(key: string): string | undefined {
  return elementList.find((e) => e.key === key)?.section.key
}
