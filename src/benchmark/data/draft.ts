import 'server-only'

import type { AssessmentAnswers } from '@/benchmark/answers-schema'
import type { AssessmentRef } from '@/benchmark/assessment-ref'
import { formValuesOf, type FormValues } from '@/benchmark/form-input'
import { answersFromRecord, recordVerdicts, stageFromRecord } from '@/benchmark/prefill'
import { findAssessment, type StoredAssessment } from './assessments'
import { getBenchmarkInventory, type InventoryPractice } from './inventory'
import type { Viewer } from '@/data/viewer'

/** What the assessment form starts from. */
export interface AssessmentDraft {
  values: FormValues
  /** the practice assessed, while it is published */
  practice: InventoryPractice | null
  /** what the practice's record says about each element a rule can decide (element key → met) */
  verdicts: Record<string, boolean>
  /** answers filled in from the record rather than by the user */
  prefilled: string[]
  /** the assessment a new one copies */
  copyOf: StoredAssessment | null
}

const sectionsOr = (override: readonly string[] | null, own: readonly string[]) => (override && override.length > 0 ? [...override] : [...own])

/**
 * The record's verdicts on the elements of `sections`, and the answers with
 * the elements of `prefillSections` that have no answer yet filled in from it.
 */
function withRecord(practice: InventoryPractice | null, sections: readonly string[], answers: AssessmentAnswers, prefillSections: readonly string[]) {
  const verdicts = practice ? Object.fromEntries(recordVerdicts(practice.facts, sections)) : {}
  const filled = practice ? answersFromRecord(practice.facts, prefillSections) : {}
  const prefilled = Object.keys(filled).filter((key) => answers[key]?.state === undefined)
  const merged: AssessmentAnswers = { ...answers }
  for (const key of prefilled) merged[key] = { ...answers[key], state: filled[key].state }
  return { verdicts, prefilled, answers: merged }
}

/**
 * A new assessment of the given sections: empty, or pre-filled from a
 * published practice's record, or a copy of an assessment the viewer can open
 * (`copyOf`; null when they cannot).
 */
export async function newAssessmentDraft(
  viewer: Viewer,
  options: { sections: readonly string[]; practiceId: number | null; copyOf: AssessmentRef | null },
): Promise<AssessmentDraft | null> {
  const inventory = await getBenchmarkInventory()
  const source = options.copyOf ? await findAssessment(viewer, options.copyOf) : null
  if (options.copyOf && !source) return null
  const practiceId = source ? source.practice : options.practiceId
  const practice = (practiceId !== null && inventory.byId.get(practiceId)) || null
  const sections = sectionsOr(options.sections, source?.sections ?? [])
  const filled = withRecord(practice, sections, source?.answers ?? {}, sections)
  const values = formValuesOf({
    ...(source && { name: source.name ?? undefined, peers: source.peers }),
    sections,
    practice: practice?.id,
    policyStage: source ? source.policyStage : practice ? stageFromRecord(practice.facts) : undefined,
    answers: filled.answers,
  })
  return { values, practice, verdicts: filled.verdicts, prefilled: filled.prefilled, copyOf: source }
}

/** The form for changing an assessment, optionally showing other sections (answers to new ones pre-filled from the record). */
export async function editAssessmentDraft(viewer: Viewer, ref: AssessmentRef, sectionsOverride: readonly string[] | null): Promise<AssessmentDraft | null> {
  const [assessment, inventory] = await Promise.all([findAssessment(viewer, ref), getBenchmarkInventory()])
  if (!assessment) return null
  const practice = (assessment.practice !== null && inventory.byId.get(assessment.practice)) || null
  const sections = sectionsOr(sectionsOverride, assessment.sections)
  const added = sections.filter((s) => !assessment.sections.includes(s))
  const filled = withRecord(practice, sections, assessment.answers, added)
  return {
    values: formValuesOf({ ...assessment, name: assessment.name ?? undefined, practice: practice?.id, sections, answers: filled.answers }),
    practice,
    verdicts: filled.verdicts,
    prefilled: filled.prefilled,
    copyOf: null,
  }
}
