import 'server-only'

import type { Payload, Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/framework/types'
import type { StoredVersion } from '@/view-models/review/practice-difference'
import { payloadClient } from './payload-client'
import type { PracticeView, PublishedPractice } from './practices'
import { localizedTextsOf, selectTexts, untranslatedPaths } from './untranslated-texts'
import type { Viewer } from './viewer'

/**
 * A practice's public history: the published versions of a practice that is published now, read from Payload's
 * versions (never drafts; the permission table gives readers nothing else). Version n (1-based) is the n-th
 * published version, oldest first, so /practices/{slug}/v/{n} keeps naming the same version when later ones come.
 */

/** Versions listed on one page of the history. */
export const HISTORY_PAGE_SIZE = 20

export interface PublishedVersionEntry {
  /** its ordinal among the practice's published versions, oldest first */
  n: number
  /** when it was published (ISO) */
  publishedAt: string
  /** the update round this version was last verified in (its name), if any */
  round: string | null
}

export interface PracticeHistory {
  id: number
  slug: string
  title: string
  /** the number of published versions: the current one is version `total` */
  total: number
  page: number
  pages: number
  /** this page's versions, newest first */
  versions: PublishedVersionEntry[]
}

export interface VersionView extends PracticeView {
  n: number
  total: number
  publishedAt: string
}

const publishedPracticeWhere = (slug: string): Where => ({ and: [{ _status: { equals: 'published' } }, { slug: { equals: slug } }] })

/** The id and title of the published practice at `slug`, or null. Cached per request. */
const publishedPracticeIdentity = cache(async (viewer: Viewer, slug: string, locale: Locale) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'practices',
    where: publishedPracticeWhere(slug),
    draft: false,
    locale,
    fallbackLocale: 'en',
    depth: 0,
    limit: 1,
    select: { slug: true, title: true },
    overrideAccess: false,
    user: viewer.user,
  })
  const practice = docs[0]
  return practice ? { id: practice.id, slug, title: practice.title } : null
})

const publishedVersionsOf = (id: number): Where => ({ and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] })

type VersionRead = Omit<Parameters<Payload['findVersions']>[0], 'collection' | 'where'>

/** Published versions of practice `id`, oldest first unless `options` sort otherwise (version ids grow with every save). */
const readVersions = (payload: Payload, viewer: Viewer, id: number, options: VersionRead) =>
  payload.findVersions({ collection: 'practices', where: publishedVersionsOf(id), sort: 'id', overrideAccess: false, user: viewer.user, ...options })

const roundName = (round: unknown): string | null =>
  typeof round === 'object' && round !== null && typeof (round as { name?: unknown }).name === 'string' ? (round as { name: string }).name : null

/** One page of a published practice's history, newest first; null when no practice is published at `slug`. Cached per request (the page and its metadata). */
export const practiceHistory = cache(async (viewer: Viewer, slug: string, locale: Locale, page: number): Promise<PracticeHistory | null> => {
  const practice = await publishedPracticeIdentity(viewer, slug, locale)
  if (!practice) return null
  const payload = await payloadClient()
  const result = await readVersions(payload, viewer, practice.id, {
    sort: '-id',
    page,
    limit: HISTORY_PAGE_SIZE,
    depth: 1,
    select: { createdAt: true, version: { lastVerifiedRound: true } },
    populate: { rounds: { name: true } },
  })
  const shown = result.page ?? page
  const newestOnPage = result.totalDocs - (shown - 1) * HISTORY_PAGE_SIZE
  return {
    ...practice,
    total: result.totalDocs,
    page: shown,
    pages: Math.max(1, result.totalPages),
    versions: result.docs.map((doc, i) => ({ n: newestOnPage - i, publishedAt: doc.createdAt, round: roundName(doc.version.lastVerifiedRound) })),
  }
})

// Related documents are named on the page and in the difference; nothing else of them is needed.
const populate = { countries: { name: true }, organisations: { name: true, website: true }, rounds: { name: true } } as const

/**
 * Published version `n` of the practice at `slug` in `locale` (English where a text has no translation, as on the
 * practice page), with the texts shown in English; null when there is no such version.
 */
export const publishedVersion = cache(async (viewer: Viewer, slug: string, n: number, locale: Locale): Promise<VersionView | null> => {
  const practice = await publishedPracticeIdentity(viewer, slug, locale)
  if (!practice) return null
  const payload = await payloadClient()
  const read = { page: n, limit: 1, locale } as const
  const result = await readVersions(payload, viewer, practice.id, { ...read, fallbackLocale: 'en', depth: 1, populate })
  const found = result.docs[0]
  if (!found || result.page !== n) return null
  const version = { ...found.version, id: practice.id } as PublishedPractice
  const view = { n, total: result.totalDocs, publishedAt: found.createdAt, practice: version }
  if (locale === 'en') return { ...view, untranslated: new Set() }
  const texts = localizedTextsOf(payload.collections.practices.config.flattenedFields)
  const own = await readVersions(payload, viewer, practice.id, { ...read, fallbackLocale: false, depth: 0, select: { version: selectTexts(texts) } as VersionRead['select'] })
  const ownVersion = own.docs[0]?.version as unknown as Record<string, unknown> | undefined
  return { ...view, untranslated: untranslatedPaths(version as unknown as Record<string, unknown>, ownVersion, texts) }
})

export interface ComparedVersion {
  n: number
  publishedAt: string
  version: StoredVersion
}

/** Published versions `older` and `newer` of the practice at `slug` in every language, as the difference reads them. */
export async function versionsToCompare(
  viewer: Viewer,
  slug: string,
  pair: { older: number; newer: number },
): Promise<{ older: ComparedVersion; newer: ComparedVersion } | null> {
  const practice = await publishedPracticeIdentity(viewer, slug, 'en')
  if (!practice) return null
  const payload = await payloadClient()
  const [older, newer] = await Promise.all(
    [pair.older, pair.newer].map(async (n): Promise<ComparedVersion | null> => {
      const { docs, page } = await readVersions(payload, viewer, practice.id, { page: n, limit: 1, locale: 'all', depth: 1, populate })
      const found = page === n ? docs[0] : undefined
      return found ? { n, publishedAt: found.createdAt, version: found.version as unknown as StoredVersion } : null
    }),
  )
  return older && newer ? { older, newer } : null
}
