import 'server-only'

import type { AssessmentRef } from '@/benchmark/assessment-ref'
import { assessmentResults, type AssessmentResults } from '@/benchmark/results'
import { findAssessment, findPreviousAssessment, type StoredAssessment } from './assessments'
import { getBenchmarkInventory, type InventoryPractice } from './inventory'
import type { Viewer } from '@/data/viewer'

/** Everything the results page and the exports show about one assessment. */
export interface AssessmentReport {
  ref: AssessmentRef
  assessment: StoredAssessment
  results: AssessmentResults
  /** the practice assessed, while it is published */
  practice: InventoryPractice | null
  /** the chosen peers that are still published, in the order chosen */
  peers: InventoryPractice[]
  previous: StoredAssessment | null
  /** number of published practices the shares are computed over */
  inventorySize: number
}

export const isoToday = () => new Date().toISOString().slice(0, 10)

/** The report of the assessment `ref` names, or null when the viewer cannot open it through that door. */
export async function getAssessmentReport(viewer: Viewer, ref: AssessmentRef, today = isoToday()): Promise<AssessmentReport | null> {
  const assessment = await findAssessment(viewer, ref)
  if (!assessment) return null
  const [inventory, previous] = await Promise.all([getBenchmarkInventory(), findPreviousAssessment(assessment)])
  const practice = (assessment.practice !== null && inventory.byId.get(assessment.practice)) || null
  const peers = assessment.peers.map((id) => inventory.byId.get(id)).filter((p): p is InventoryPractice => p !== undefined)
  const results = assessmentResults(assessment, {
    prevalence: inventory.prevalence,
    peers: peers.map((p) => ({ id: p.id, facts: p.facts })),
    record: practice?.facts,
    previous: previous ?? undefined,
    today,
  })
  return { ref, assessment, results, practice, peers, previous, inventorySize: inventory.practices.length }
}
