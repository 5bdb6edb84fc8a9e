/**
 * The results of an assessment: a score per section and overall (by the
 * framework's scoring rule), and for each element the answer, how common it is
 * in the inventory, how the chosen peer practices and the practice's own record
 * stand, the previous assessment's answer and whether its target is met.
 * Within a section the gaps come first.
 */
import type { PracticeFacts, Section } from '@/framework'
import { elementStates, scoreOf, type ElementState } from '@/framework/scoring'
import type { AssessmentAnswers, ElementAnswer } from './answers-schema'
import type { Prevalence, PrevalenceByElement } from './criterion-prevalence'
import { assessableSections, elementsOfSections, type BenchmarkElement } from './elements'

/** The part of an assessment its results are computed from. */
export interface AssessmentData {
  sections: readonly string[]
  policyStage?: string
  answers: AssessmentAnswers
}

export interface PeerFacts {
  id: number
  facts: PracticeFacts
}

export interface ResultContext {
  /** how many published practices meet each element */
  prevalence: PrevalenceByElement
  /** the chosen peer practices, in the order chosen */
  peers: readonly PeerFacts[]
  /** the assessed practice's own record, when the assessment is of a practice in the inventory */
  record?: PracticeFacts
  previous?: AssessmentData
  /** ISO date of today, to tell overdue targets */
  today: string
}

/** met: the answer reaches the target; overdue: not reached and its date has passed; open: not reached yet. */
export type TargetStatus = 'met' | 'overdue' | 'open'

export interface ElementResult {
  element: BenchmarkElement
  answer: ElementAnswer
  /** points by the scoring rule; null when not assessed */
  points: number | null
  /** null when the criterion has no rule: the records cannot tell */
  prevalence: Prevalence | null
  /** per peer: whether its record meets the element; null when the criterion has no rule */
  peers: { id: number; meets: boolean | null }[]
  /** whether the assessed practice's record meets it; null without a rule or a practice */
  record: boolean | null
  previousState: ElementState | undefined
  target: TargetStatus | null
}

export interface SectionResult {
  section: Section
  score: number | null
  /** the previous assessment's score for this section; null when it did not assess it */
  previousScore: number | null
  answered: number
  total: number
  /** gaps first: not started, in progress, not assessed, then achieved */
  elements: ElementResult[]
}

export interface AssessmentResults {
  overall: number | null
  /** the previous assessment's score over the sections this one covers */
  previousOverall: number | null
  answered: number
  total: number
  sections: SectionResult[]
  policyStage?: string
  previousPolicyStage?: string
}

const rank = (state: ElementState | undefined) => (state === undefined ? -1 : elementStates.indexOf(state))

const gapOrder = (state: ElementState | undefined): number =>
  state === undefined ? 2 : { notStarted: 0, inProgress: 1, achieved: 3 }[state]

function targetStatus(answer: ElementAnswer, today: string): TargetStatus | null {
  if (!answer.targetState) return null
  if (rank(answer.state) >= rank(answer.targetState)) return 'met'
  return answer.targetDate !== undefined && answer.targetDate < today ? 'overdue' : 'open'
}

function elementResult(element: BenchmarkElement, data: AssessmentData, context: ResultContext): ElementResult {
  const answer = data.answers[element.key] ?? {}
  const rule = element.criterion.rule
  return {
    element,
    answer,
    points: scoreOf([answer.state]),
    prevalence: rule ? (context.prevalence.get(element.key) ?? null) : null,
    peers: context.peers.map((peer) => ({ id: peer.id, meets: rule ? rule(peer.facts) : null })),
    record: rule && context.record ? rule(context.record) : null,
    previousState: context.previous?.answers[element.key]?.state,
    target: targetStatus(answer, context.today),
  }
}

export function assessmentResults(data: AssessmentData, context: ResultContext): AssessmentResults {
  const { previous } = context
  const chosen = assessableSections.filter((s) => data.sections.includes(s.key))
  const sections = chosen.map((section): SectionResult => {
    const elements = elementsOfSections([section.key]).map((e) => elementResult(e, data, context))
    const previousCovered = previous?.sections.includes(section.key) ?? false
    return {
      section,
      score: scoreOf(elements.map((e) => e.answer.state)),
      previousScore: previousCovered ? scoreOf(elements.map((e) => e.previousState)) : null,
      answered: elements.filter((e) => e.answer.state !== undefined).length,
      total: elements.length,
      elements: elements
        .map((e, index) => ({ e, index }))
        .sort((a, b) => gapOrder(a.e.answer.state) - gapOrder(b.e.answer.state) || a.index - b.index)
        .map(({ e }) => e),
    }
  })
  const all = sections.flatMap((s) => s.elements)
  const previouslyCovered = sections.filter((s) => s.previousScore !== null).flatMap((s) => s.elements)
  return {
    overall: scoreOf(all.map((e) => e.answer.state)),
    previousOverall: previous ? scoreOf(previouslyCovered.map((e) => e.previousState)) : null,
    answered: all.filter((e) => e.answer.state !== undefined).length,
    total: all.length,
    sections,
    policyStage: data.policyStage,
    previousPolicyStage: previous?.policyStage,
  }
}
