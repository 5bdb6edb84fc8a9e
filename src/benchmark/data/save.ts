import 'server-only'

import type { AssessmentInput } from '@/benchmark/answers-schema'
import type { AssessmentRef } from '@/benchmark/assessment-ref'
import { newLinkToken } from '@/benchmark/private-link'
import { linkContext, previousContext } from '@/benchmark/write-context'
import { doorOptions } from './assessments'
import { payloadClient } from '@/data/payload-client'
import type { Viewer } from '@/data/viewer'

/** How a write ended, in terms a page can explain; unexpected failures are thrown. */
export type SaveResult =
  | { ok: true; ref: AssessmentRef }
  | { ok: false; problem: 'refused' }
  | { ok: false; problem: 'invalid'; messages: string[] }

const dataOf = (input: AssessmentInput) => ({
  name: input.name ?? null,
  practice: input.practice ?? null,
  peers: input.peers ?? [],
  sections: input.sections as never,
  policyStage: (input.policyStage ?? null) as never,
  answers: input.answers,
})

/** The HTTP status Payload's errors carry (ValidationError 400, Forbidden 403, NotFound 404, hooks' APIErrors). */
const statusOf = (error: unknown) => (error as { status?: unknown } | null)?.status

async function outcome(write: () => Promise<AssessmentRef>): Promise<SaveResult> {
  try {
    return { ok: true, ref: await write() }
  } catch (error) {
    // Told apart by status rather than class: the bundler may hold two copies of Payload's error classes.
    const status = statusOf(error)
    if (status === 400) {
      const fieldErrors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
      return { ok: false, problem: 'invalid', messages: fieldErrors?.map((e) => e.message) ?? [(error as Error).message] }
    }
    if (status === 401 || status === 403 || status === 404) return { ok: false, problem: 'refused' }
    throw error
  }
}

/**
 * Saves a new assessment: owned by the signed-in viewer, or for a visitor
 * without an account under a new private link (whose token only the returned
 * reference holds). `follows` is an assessment the caller checked the viewer
 * may open: the one this copies, or the viewer's last of the same practice.
 */
export function createAssessment(viewer: Viewer, input: AssessmentInput, follows: number | null): Promise<SaveResult> {
  return outcome(async () => {
    const payload = await payloadClient()
    const token = viewer.user ? null : newLinkToken()
    const doc = await payload.create({
      collection: 'assessments',
      data: dataOf(input),
      depth: 0,
      overrideAccess: false,
      user: viewer.user,
      context: { ...(token && linkContext(token)), ...(follows !== null && previousContext(follows)) },
    })
    return token ? { door: 'link', token } : { door: 'account', id: doc.id }
  })
}

/** Saves changes to an assessment the viewer opened through `ref`. */
export function updateAssessment(viewer: Viewer, ref: AssessmentRef, id: number, input: AssessmentInput): Promise<SaveResult> {
  return outcome(async () => {
    const payload = await payloadClient()
    await payload.update({ collection: 'assessments', id, data: dataOf(input), depth: 0, ...doorOptions(viewer, ref) })
    return ref
  })
}

/** Shares a signed-in viewer's assessment with the coordinators of a country, or stops sharing it (null). */
export function setAssessmentSharing(viewer: Viewer, id: number, country: string | null): Promise<SaveResult> {
  return outcome(async () => {
    const payload = await payloadClient()
    await payload.update({ collection: 'assessments', id, data: { sharedCountry: country }, depth: 0, overrideAccess: false, user: viewer.user })
    return { door: 'account', id }
  })
}
