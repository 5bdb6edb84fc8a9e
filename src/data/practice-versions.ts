import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { mayReadDrafts } from '@/access/where'
import { transactionDb } from '@/practice-input/practice-rows'
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
 * The latest version and the latest published version of each of the practices `ids` (one page of a list, a few
 * dozen at most), in every language, as `viewer` may read them: two statements whatever the number of practices.
 * A practice the viewer may not see, or that does not exist, is not in the answer.
 */
export async function practiceVersionsOf(payload: Payload, viewer: Viewer, ids: readonly number[]): Promise<Map<number, PracticeVersions>> {
  // Readers of the public history only (signed out, researchers) see no drafts, so there is nothing to review.
  if (ids.length === 0 || !mayReadDrafts(viewer.user)) return new Map()
  // Which versions those are, found in SQL (the Local API cannot pick the newest per practice); the versions
  // themselves are then read through the Local API, so that only those who may read them see them.
  const newest = (published: boolean) => sql`(
    SELECT DISTINCT ON (parent_id) parent_id, id, ${published ? sql`TRUE` : sql`FALSE`} AS published FROM _practices_v
    WHERE parent_id = ANY(${sql.param([...ids])}::int[]) AND ${published ? sql`version__status = 'published'` : sql`latest`}
    ORDER BY parent_id, updated_at DESC, id DESC)`
  const { rows } = await (await transactionDb(payload)).execute(sql`${newest(false)} UNION ALL ${newest(true)}`)
  const picked = rows.map((row) => ({ practice: Number(row.parent_id), version: Number(row.id), published: row.published === true }))
  if (picked.length === 0) return new Map()
  const { docs } = await payload.findVersions({
    collection: 'practices',
    where: { id: { in: [...new Set(picked.map((p) => p.version))] } },
    locale: 'all',
    depth: 1,
    populate,
    pagination: false,
    overrideAccess: false,
    user: viewer.user,
  })
  const readable = new Map(docs.map((doc) => [Number(doc.id), doc.version as unknown as StoredVersion]))
  const found = new Map<number, PracticeVersions>()
  for (const { practice, version } of picked.filter((p) => !p.published)) {
    const draft = readable.get(version)
    if (draft) found.set(practice, { id: practice, draft, published: null })
  }
  for (const { practice, version } of picked.filter((p) => p.published)) {
    const entry = found.get(practice)
    if (entry) entry.published = readable.get(version) ?? null
  }
  return found
}

/** One practice's versions (see practiceVersionsOf); null when there is no such practice or the viewer may not see it. */
export async function practiceVersions(payload: Payload, viewer: Viewer, id: number): Promise<PracticeVersions | null> {
  return (await practiceVersionsOf(payload, viewer, [id])).get(id) ?? null
}
