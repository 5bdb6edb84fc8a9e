/** Small pure helpers for criterion rules. Missing values count as "not met". */
import type { PracticeFacts } from '@/framework/types'

export const picked = (p: PracticeFacts, question: string): readonly string[] => p.choices[question] ?? []

/** The multi-choice question has at least one of the given options selected. */
export const pickedAny = (p: PracticeFacts, question: string, ...options: string[]): boolean =>
  picked(p, question).some((k) => options.includes(k))

/** The multi-choice question has every one of the given options selected. */
export const pickedAll = (p: PracticeFacts, question: string, ...options: string[]): boolean => {
  const selected = picked(p, question)
  return options.length > 0 && options.every((k) => selected.includes(k))
}

/** The single-choice question is answered with one of the given options. */
export const chosen = (p: PracticeFacts, question: string, ...options: string[]): boolean => {
  const value = p.choice[question]
  return value !== undefined && options.includes(value)
}

/** Every one of the given text questions holds text. */
export const answered = (p: PracticeFacts, ...questions: string[]): boolean =>
  questions.length > 0 && questions.every((q) => p.answered.has(q))
