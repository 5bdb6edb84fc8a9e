import { plainTextFromLexical } from '@/richtext/lexical'
import type { Question } from '@/framework/types'

/** Whether a practice holds an answer to this question worth showing. */
export function hasAnswer(question: Question, value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (Array.isArray(value)) return value.length > 0
  if (question.kind === 'narrative') return plainTextFromLexical(value).trim() !== ''
  if (question.kind === 'yesNo') return typeof value === 'boolean'
  return String(value).trim() !== ''
}
