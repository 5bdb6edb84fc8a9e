/**
 * The ICT/LMI mapping framework as data, and small pure look-ups over it.
 * Nothing here may import Payload, React, Next or anything outside src/framework.
 */
import { sections } from './sections'
import { defaultLocale } from './types'
import type { Locale, MultiChoice, Question, Section, SingleChoice } from './types'

export * from './types'
export * from './sections'
export * from './record'

/** The whole framework: its sections in the seed's order. */
export const framework: readonly Section[] = sections

export type ChoiceQuestion = MultiChoice | SingleChoice

export const isChoiceQuestion = (q: Question): q is ChoiceQuestion =>
  q.kind === 'multi' || q.kind === 'single'

const questionList: readonly Question[] = sections.flatMap((s) => s.questions)
const questionIndex: ReadonlyMap<string, Question> = new Map(questionList.map((q) => [q.key, q]))
const sectionIndex: ReadonlyMap<string, Section> = new Map(
  sections.flatMap((s) => s.questions.map((q) => [q.key, s] as const)),
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
 * The label of option `key` of a choice question (given as question or
 * question key) in `locale`; falls back to the key itself when unknown.
 */
export function optionLabel(
  question: Question | string,
  key: string,
  locale: Locale = defaultLocale,
): string {
  const q = typeof question === 'string' ? questionByKey(question) : question
  if (q === undefined || !isChoiceQuestion(q)) return key
  const option = q.options.find((o) => o.key === key)
  return option === undefined ? key : option.label[locale]
}
