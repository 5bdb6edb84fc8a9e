/**
 * The fields of a practice as data (the ICT/LMI mapping framework and the
 * record fields beside it), and small pure look-ups over them. Nothing here may
 * import Payload, React, Next or anything outside src/framework.
 */
import { findField } from './registry'
import { sections } from './sections'
import { defaultLocale } from './types'
import type { Locale, MultiChoice, Option, Question, Section, SingleChoice } from './types'

export * from './types'
export * from './sections'
export * from './record'
export * from './registry'
export { recordFields } from './record-fields'
export { byKind, type KindHandlers, type OfKind } from './kind-handlers'

/** The whole framework: its sections in the seed's order. */
export const framework: readonly Section[] = sections

export type ChoiceQuestion = MultiChoice | SingleChoice

export const isChoiceQuestion = (q: Question): q is ChoiceQuestion =>
  q.kind === 'multi' || q.kind === 'single'

const questionList: readonly Question[] = framework.flatMap((s) => s.questions)
const questionIndex: ReadonlyMap<string, Question> = new Map(questionList.map((q) => [q.key, q]))
const sectionIndex: ReadonlyMap<string, Section> = new Map(
  framework.flatMap((s) => s.questions.map((q) => [q.key, s] as const)),
)

/** Every question, in framework order. */
export function allQuestions(): Question[] {
  return [...questionList]
}

export function questionByKey(key: string): Question | undefined {
  return questionIndex.get(key)
}

/** The section that holds the question with this key. */
export function sectionOfQuestion(key: string): Section | undefined {
  return sectionIndex.get(key)
}

/** Multi- and single-choice questions, in framework order. */
export function choiceQuestions(): ChoiceQuestion[] {
  return questionList.filter(isChoiceQuestion)
}

/**
 * The label of option `key` of a choice field (given as field or field key)
 * in `locale`; falls back to the key itself when unknown.
 */
export function optionLabel(
  question: Question | string,
  key: string,
  locale: Locale = defaultLocale,
): string {
  const q = typeof question === 'string' ? findField(question) : question
  return q === undefined || !isChoiceQuestion(q) ? key : optionLabelIn(q.options, key, locale)
}

/** The label of option `key` in `locale`; the key itself when the option is unknown. */
export const optionLabelIn = (options: readonly Option[] | undefined, key: string | null | undefined, locale: Locale): string =>
  options?.find((o) => o.key === key)?.label[locale] ?? key ?? ''
