import 'server-only'

import type { Locale } from '@/framework/types'
import type { PracticeInput } from '@/framework/practice-schema'
import { practiceFromDoc } from '@/exchange/practice-from-doc'
import { exportOnlyValues } from '@/framework/export-only-fields'
import type { CatalogueQuery } from '@/url-state/catalogue-query'
import { matchingIdsStatement } from './catalogue-sql'
import { payloadClient } from './payload-client'
import type { Viewer } from './viewer'

/**
 * The published practices of a catalogue view (text and filters from its URL), in
 * every language, as practice inputs ordered by slug, with the export-only values (when last verified, in which
 * round): the rows of the open-data exports.
 */
export async function openDataPractices(viewer: Viewer, query: CatalogueQuery, locale: Locale): Promise<PracticeInput[]> {
  const payload = await payloadClient()
  const pool = (payload.db as unknown as { pool: { query: (t: string, v: unknown[]) => Promise<{ rows: { id: number }[] }> } }).pool
  const statement = matchingIdsStatement(query, locale)
  const ids = (await pool.query(statement.text, statement.values)).rows.map((r) => r.id)
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'practices',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    draft: false,
    locale: 'all',
    depth: 1,
    populate: { organisations: { slug: true }, countries: { name: true }, rounds: { name: true } },
    sort: 'slug',
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: viewer.user,
  })
  return docs.map((doc) => ({ ...practiceFromDoc(doc as unknown as Record<string, unknown>), ...exportOnlyValues(doc as unknown as Record<string, unknown>) }))
}
