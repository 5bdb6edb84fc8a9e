import type { Payload, Where } from 'payload'

import { practiceFromDoc } from '@/exchange/practice-from-doc'
import { exportOnlyValues } from '@/framework/export-only-fields'
import type { PracticeInput } from '@/framework/practice-schema'

/**
 * The published practices as Payload's Local API reads them for an anonymous visitor (every language,
 * organisations by slug, rounds by name, hooks and field access applied), ordered by slug: what the open-data exports
 * read before they were streamed from SQL, and the reference their SQL reading is held to.
 */
export async function publishedPracticesViaLocalApi(payload: Payload, where?: Where): Promise<PracticeInput[]> {
  const { docs } = await payload.find({
    collection: 'practices',
    where: { and: [{ _status: { equals: 'published' } }, ...(where ? [where] : [])] },
    draft: false,
    locale: 'all',
    depth: 1,
    populate: { organisations: { slug: true }, countries: { name: true }, rounds: { name: true } },
    sort: 'slug',
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  return docs.map((doc) => ({ ...practiceFromDoc(doc as unknown as Record<string, unknown>), ...exportOnlyValues(doc as unknown as Record<string, unknown>) }))
}
