import type { CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '@/access/refusal'
import { describeIssues, storedAnswersSchema } from '@/benchmark/answers-schema'

/**
 * Checks the answers with the benchmark's zod schema on every write, whatever
 * the door (REST, GraphQL, admin, Local API): unknown elements, answers outside
 * the assessment's sections and oversized notes are refused. Thrown as an
 * error whose message holds the reasons, because API responses keep an
 * error's message but not a field error's details.
 */
export const validateAnswers: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.answers === undefined && data.sections === undefined) return data
  const sections: unknown = data.sections ?? originalDoc?.sections
  const result = storedAnswersSchema(Array.isArray(sections) ? sections : []).safeParse(data.answers ?? originalDoc?.answers ?? {})
  if (!result.success) throw new Refusal(`The answers were refused. ${describeIssues(result.error)}`, 400)
  return data
}
