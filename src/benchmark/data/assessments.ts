import 'server-only'

import type { Where } from 'payload'

import { countriesOf } from '@/access/roles'
import { readStoredAnswers, type AssessmentAnswers } from '@/benchmark/answers-schema'
import type { AssessmentRef } from '@/benchmark/assessment-ref'
import { linkContext } from '@/benchmark/write-context'
import type { Assessment } from '@/payload-types'
import { payloadClient } from '@/data/payload-client'
import type { Viewer } from '@/data/viewer'

/** An assessment as the benchmark pages use it: relationships as ids, answers as the framework reads them. */
export interface StoredAssessment {
  id: number
  name: string | null
  practice: number | null
  peers: number[]
  sections: string[]
  policyStage?: string
  answers: AssessmentAnswers
  owner: number | null
  sharedCountry: string | null
  previous: number | null
  createdAt: string
  updatedAt: string
}

type Related<Id extends number | string> = Id | { id: Id } | null | undefined
const idOf = <Id extends number | string>(value: Related<Id>): Id | null =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

export function storedAssessment(doc: Assessment): StoredAssessment {
  return {
    id: doc.id,
    name: doc.name ?? null,
    practice: idOf(doc.practice),
    peers: (doc.peers ?? []).map((p) => idOf(p)).filter((id): id is number => id !== null),
    sections: [...doc.sections],
    policyStage: doc.policyStage ?? undefined,
    answers: readStoredAnswers(doc.answers),
    owner: idOf(doc.owner),
    sharedCountry: idOf(doc.sharedCountry),
    previous: idOf(doc.previous),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  }
}

/**
 * Local API options for reading or writing as the viewer through a door: their
 * account's rights, or the private link's token, which the collection's access
 * functions check (collections/assessments/access.ts).
 */
export const doorOptions = (viewer: Viewer, ref: AssessmentRef) => ({
  overrideAccess: false as const,
  user: viewer.user,
  ...(ref.door === 'link' && { context: linkContext(ref.token) }),
})

/** The assessment the reference names, if the viewer may open it through that door; null otherwise, whatever the reason. */
export async function findAssessment(viewer: Viewer, ref: AssessmentRef): Promise<StoredAssessment | null> {
  // Without an account the table grants no reads at all (Payload would answer Forbidden): only a link opens one.
  if (ref.door === 'account' && !viewer.user) return null
  const payload = await payloadClient()
  // Through a link the access constraint itself selects the one assessment whose hash matches.
  const where: Where = ref.door === 'account' ? { id: { equals: ref.id } } : {}
  const { docs } = await payload.find({ collection: 'assessments', where, limit: 1, depth: 0, ...doorOptions(viewer, ref) })
  return docs[0] ? storedAssessment(docs[0]) : null
}

export interface AssessmentListItem {
  id: number
  name: string | null
  practice: number | null
  updatedAt: string
  /** made by someone else and shared with the viewer's country */
  sharedWithMe: boolean
}

/**
 * A signed-in viewer's assessments: their own, and those shared with one of
 * their countries. Newest first. (Admins may open every assessment, but this
 * list stays theirs; the admin panel lists all.)
 */
export async function listAssessments(viewer: Viewer): Promise<AssessmentListItem[]> {
  if (!viewer.user) return []
  const payload = await payloadClient()
  const countries = countriesOf(viewer.user)
  const mine: Where = { owner: { equals: viewer.user.id } }
  const { docs } = await payload.find({
    collection: 'assessments',
    where: countries.length > 0 ? { or: [mine, { sharedCountry: { in: countries } }] } : mine,
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    select: { name: true, practice: true, owner: true, updatedAt: true },
    overrideAccess: false,
    user: viewer.user,
  })
  return docs.map((doc) => ({
    id: doc.id,
    name: doc.name ?? null,
    practice: idOf(doc.practice),
    updatedAt: doc.updatedAt,
    sharedWithMe: idOf(doc.owner) !== viewer.user?.id,
  }))
}

/** The viewer's own latest assessment of a practice: the one a new assessment of it follows. */
export async function latestOwnAssessmentOf(viewer: Viewer, practiceId: number): Promise<number | null> {
  if (!viewer.user) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { and: [{ practice: { equals: practiceId } }, { owner: { equals: viewer.user.id } }] },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: false,
    user: viewer.user,
  })
  return docs[0]?.id ?? null
}

/**
 * The assessment this one follows, for the comparison. Read without access
 * checks on purpose: the field is set only by the server
 * (collections/assessments/hooks), after it checked that the viewer could open
 * that assessment, and a visitor reaches this one through its own link only.
 */
export async function findPreviousAssessment(current: StoredAssessment): Promise<StoredAssessment | null> {
  if (current.previous === null) return null
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'assessments',
    where: { id: { equals: current.previous } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ? storedAssessment(docs[0]) : null
}
