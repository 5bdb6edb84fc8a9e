import 'server-only'

import type { Where } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/framework/types'
import type { Practice } from '@/payload-types'
import { payloadClient } from './payload-client'
import { localizedTextsOf, selectTexts, untranslatedPaths } from './untranslated-texts'
import type { Viewer } from './viewer'

const published: Where = { _status: { equals: 'published' } }

/** A published practice: its slug's validation requires one to publish, so it always has a slug. */
export type PublishedPractice = Practice & { slug: string }

export interface PracticeView {
  practice: PublishedPractice
  /**
   * Localized texts missing in the requested locale and shown in English instead, by path: `summary`,
   * `description`, or `<array>.<row id>.<field>` such as `pathway.<id>.title` (see untranslated-texts.ts).
   */
  untranslated: ReadonlySet<string>
}

const asRecord = (doc: object) => doc as Record<string, unknown>

/**
 * One published practice with its organisations and country; null when there is none at this slug.
 * Cached per request, so that a page and its metadata share the queries.
 */
export const getPublishedPractice = cache(async (viewer: Viewer, slug: string, locale: Locale): Promise<PracticeView | null> => {
  const payload = await payloadClient()
  const where: Where = { and: [published, { slug: { equals: slug } }] }
  const query = { collection: 'practices', where, draft: false, limit: 1, overrideAccess: false, user: viewer.user } as const
  const { docs } = await payload.find({
    ...query,
    locale,
    fallbackLocale: 'en',
    depth: 1,
    populate: { countries: { name: true }, organisations: { name: true, website: true }, rounds: { name: true } },
  })
  const practice = docs[0] as PublishedPractice | undefined
  if (!practice) return null
  if (locale === 'en') return { practice, untranslated: new Set() }
  const texts = localizedTextsOf(payload.collections.practices.config.flattenedFields)
  const own = await payload.find({ ...query, locale, fallbackLocale: false, depth: 0, select: selectTexts(texts) })
  return { practice, untranslated: untranslatedPaths(asRecord(practice), own.docs[0] && asRecord(own.docs[0]), texts) }
})
