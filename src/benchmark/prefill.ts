/**
 * Answers pre-filled from a practice's record: every element whose criterion
 * rule can decide it. A rule that holds means "achieved"; one that does not
 * means the record shows no sign of it yet, so "not started". Elements without
 * a rule stay unanswered: only the practice itself can tell.
 */
import type { PracticeFacts } from '@/framework'
import type { AssessmentAnswers } from './answers-schema'
import { elementsOfSections } from './elements'
import { policyStageKeys } from './policy-stage'

export function answersFromRecord(facts: PracticeFacts, sectionKeys: readonly string[]): AssessmentAnswers {
  const answers: AssessmentAnswers = {}
  for (const [key, met] of recordVerdicts(facts, sectionKeys)) answers[key] = { state: met ? 'achieved' : 'notStarted' }
  return answers
}

/** The policy-focus stage the record states, if it is on the scale. */
export function stageFromRecord(facts: PracticeFacts): string | undefined {
  const stage = facts.choice.policyStage
  return stage !== undefined && policyStageKeys.includes(stage) ? stage : undefined
}

/** What the record says about each element its rule can decide: element key → met. */
export function recordVerdicts(facts: PracticeFacts, sectionKeys: readonly string[]): ReadonlyMap<string, boolean> {
  return new Map(
    elementsOfSections(sectionKeys).flatMap(({ key, criterion }) => (criterion.rule ? [[key, criterion.rule(facts)] as const] : [])),
  )
}
