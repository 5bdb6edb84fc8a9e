/**
 * The practices of a comparison, read through Payload's Local API with the viewer's access rights:
 * published records only, every framework answer and the record fields the comparison shows.
 */
import 'server-only'

import type { SelectType, Where } from 'payload'
import { cache } from 'react'

import { allQuestions, comparedRecordFields } from '@/framework'
import type { Locale } from '@/framework/types'
import type { Practice } from '@/payload-types'
import { payloadClient } from './payload-client'
import { localizedTextsOf, selectTexts, untranslatedPaths } from './untranslated-texts'
import type { Viewer } from './viewer'

export interface ComparedPractice {
  practice: Practice
  /** localized texts shown in English for want of a translation (paths as in untranslated-texts.ts) */
  untranslated: ReadonlySet<string>
}

export interface ComparedPractices {
  /** in the order asked for */
  practices: ComparedPractice[]
  /** slugs with no published practice (unknown, misspelt or draft: the public cannot tell) */
  missing: string[]
}

const identity = ['slug', 'title', 'summary', 'country', 'sources']
const compareSelect: SelectType = Object.fromEntries(
  [...identity, ...[...comparedRecordFields, ...allQuestions()].map((f) => f.key)].map((key) => [key, true]),
)

const asRecord = (doc: object) => doc as Record<string, unknown>

/**
 * Cached per request, so that the comparison page and its metadata share the queries: its description is then
 * ready with the page and stands in the document's head (streamed later into the body, crawlers miss it).
 */
export function getComparedPractices(viewer: Viewer, slugs: readonly string[], locale: Locale): Promise<ComparedPractices> {
  return comparedPractices(viewer, slugs.join(','), locale)
}

/** Keyed by the slugs as one string: the page and its metadata each build their own list. */
const comparedPractices = cache(async (viewer: Viewer, list: string, locale: Locale): Promise<ComparedPractices> => {
  const slugs = list === '' ? [] : list.split(',')
  if (slugs.length === 0) return { practices: [], missing: [] }
  const payload = await payloadClient()
  const where: Where = { and: [{ _status: { equals: 'published' } }, { slug: { in: slugs } }] }
  const query = { collection: 'practices', where, draft: false, pagination: false, overrideAccess: false, user: viewer.user } as const
  const texts = localizedTextsOf(payload.collections.practices.config.flattenedFields)
  const [shown, own] = await Promise.all([
    payload.find({ ...query, locale, fallbackLocale: 'en', depth: 1, select: compareSelect, populate: { countries: { name: true } } }),
    locale === 'en' ? null : payload.find({ ...query, locale, fallbackLocale: false, depth: 0, select: selectTexts(texts) }),
  ])
  const practices = slugs.flatMap((slug): ComparedPractice[] => {
    const practice = shown.docs.find((doc) => doc.slug === slug) as Practice | undefined
    if (!practice) return []
    const ownTexts = own?.docs.find((doc) => doc.id === practice.id)
    return [{ practice, untranslated: own ? untranslatedPaths(asRecord(practice), ownTexts && asRecord(ownTexts), texts) : new Set() }]
  })
  return { practices, missing: slugs.filter((slug) => !practices.some((p) => p.practice.slug === slug)) }
})
