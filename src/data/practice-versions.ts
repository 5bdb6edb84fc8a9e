import 'server-only'

import type { Payload, Where } from 'payload'

import { mayReadDrafts } from '@/access/where'
import type { StoredVersion } from '@/view-models/review/practice-difference'
import type { Viewer } from './viewer'

/** What the review's difference compares: the latest version (usually a draft) and the latest published one. */
export interface PracticeVersions {
  id: number
  draft: StoredVersion
  /** null until the practice is first published */
  published: StoredVersion | null
}

// Related documents are named in the difference; nothing else of them is needed.
const populate = { countries: { name: true }, organisations: { name: true } } as const

/**
 * A practice's latest version and its latest published version from Payload's versions, in every language,
 * as `viewer` may read them; null when there is no such practice or the viewer may not see it.
 */
export async function practiceVersions(payload: Payload, viewer: Viewer, id: number): Promise<PracticeVersions | null> {
  // Both through the versions, so that only those who may read this practice's versions see a difference.
  const latestWhere = (extra: Where): Where => ({ and: [{ parent: { equals: id } }, extra] })
  const read = (where: Where) =>
    payload.findVersions({ collection: 'practices', where, sort: '-updatedAt', locale: 'all', depth: 1, populate, limit: 1, overrideAccess: false, user: viewer.user })
  // Readers of the public history only (signed out, researchers) see no drafts, so there is nothing to review.
  if (!mayReadDrafts(viewer.user)) return null
  const [latest, published] = await Promise.all([read(latestWhere({ latest: { equals: true } })), read(latestWhere({ 'version._status': { equals: 'published' } }))])
  const draft = latest.docs[0]?.version
  if (!draft) return null
  return { id, draft: draft as unknown as StoredVersion, published: (published.docs[0]?.version as unknown as StoredVersion | undefined) ?? null }
}
