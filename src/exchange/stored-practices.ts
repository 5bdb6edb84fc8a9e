/**
 * What an import needs to know of the practices already stored under its slugs:
 * whether the importing user may change each one, and whether a row would change it.
 */
import { isDeepStrictEqual } from 'node:util'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

import type { AccessUser } from '@/access/roles'
import { findInParts } from '@/data/values-per-query'
import { allowsCountry } from '@/access/where'
import type { PracticeInput } from '@/framework/practice-schema'
import type { User } from '@/payload-types'
import { inputDigest } from '@/practice-input/input-digest'
import { transactionDb } from '@/practice-input/practice-rows'
import { columnNames } from '@/practice-input/write-rows'
import { practiceFromDoc } from './practice-from-doc'

export type ImportUser = (User & { collection: 'users' }) | null

export interface StoredPractice {
  id: number
  /** The user may not change it (another country's, or one they cannot see). */
  forbidden: boolean
  /** Digest of the input its latest version was written from; null once edited by hand. */
  digest: string | null
  published: boolean
}

const bySlugs = (slugs: string[], req?: PayloadRequest) => ({ where: { slug: { in: slugs } }, depth: 0, limit: 0, pagination: false, req }) as const

/**
 * The stored practices with these slugs, as their latest versions (drafts included).
 * Slugs are unique across all records, so the first look is at every record, whoever
 * may read it (in SQL: Payload's `find` takes seconds for thousands of slugs); the
 * second asks Payload what this user may see.
 */
export async function storedPractices(payload: Payload, user: ImportUser, slugs: string[], req?: PayloadRequest): Promise<Map<string, StoredPractice>> {
  const found = new Map<string, StoredPractice>()
  if (slugs.length === 0) return found
  const latest = await latestVersions(payload, slugs, req)
  // Only the slugs already taken can name a practice this user may see.
  const visible = user
    ? await findInParts(latest.map((version) => version.slug), (batch) => payload.find({ collection: 'practices', ...bySlugs(batch, req), draft: true, select: { slug: true }, overrideAccess: false, user }))
    : undefined
  const visibleIds = visible && new Set(visible.map((doc) => doc.id))
  for (const version of latest) {
    const mayEdit = !user || (visibleIds!.has(version.id) && allowsCountry('practices', 'update', user as AccessUser, version.country))
    found.set(version.slug, { id: version.id, forbidden: !mayEdit, digest: version.digest, published: version.status === 'published' })
  }
  return found
}

/** The practices with these slugs, with what their latest versions hold (none when a practice has no version). */
async function latestVersions(payload: Payload, slugs: string[], req?: PayloadRequest) {
  const adapter = payload.db as unknown as PostgresAdapter
  const column = (table: string, key: string) => sql.identifier(columnNames(adapter, table, [key])[0])
  const db = await transactionDb(payload, req)
  const { rows } = await db.execute(
    sql`SELECT p.id, p.${column('practices', 'slug')} AS slug, v.${column('_practices_v', 'version_country')} AS country,
          v.${column('_practices_v', 'version_inputDigest')} AS digest, v.${column('_practices_v', 'version__status')} AS status
        FROM practices p LEFT JOIN _practices_v v ON v.${column('_practices_v', 'parent')} = p.id AND v.${column('_practices_v', 'latest')}
        WHERE p.${column('practices', 'slug')} = ANY(${sql.param(slugs)}::text[])`,
  )
  return rows as { id: number; slug: string; country: string | null; digest: string | null; status: string | null }[]
}

/**
 * The slugs of the inputs that would change nothing: equal digests, or, for practices
 * edited by hand since (no digest), equal content read in full. With `publish`, a draft
 * is a change.
 */
export async function unchangedSlugs(payload: Payload, inputs: PracticeInput[], stored: Map<string, StoredPractice>, publish: boolean, req?: PayloadRequest): Promise<Set<string>> {
  const unchanged = new Set<string>()
  const toRead: PracticeInput[] = []
  for (const input of inputs) {
    const current = stored.get(input.slug)
    if (!current || (publish && !current.published)) continue
    if (current.digest === null) toRead.push(input)
    else if (current.digest === inputDigest(input)) unchanged.add(input.slug)
  }
  if (toRead.length === 0) return unchanged
  const docs = await findInParts(
    toRead.map((input) => input.slug),
    (batch) => payload.find({ collection: 'practices', ...bySlugs(batch, req), draft: true, locale: 'all', depth: 1, populate: { organisations: { slug: true } } }),
  )
  const comparable = (p: PracticeInput) => ({ ...p, published: undefined })
  const bySlug = new Map(docs.map((doc) => [doc.slug, doc]))
  for (const input of toRead) {
    const doc = bySlug.get(input.slug)
    if (doc && isDeepStrictEqual(comparable(practiceFromDoc(doc as unknown as Record<string, unknown>)), comparable(input))) unchanged.add(input.slug)
  }
  return unchanged
}
