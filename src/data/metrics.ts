/**
 * The metrics vocabulary as a viewer may read it (collections/metrics): approved metrics for the public,
 * with their labels in every language, for the practice page, the comparison and their charts.
 */
import 'server-only'

import type { Payload } from 'payload'

import { vocabularyOf, type MetricVocabulary } from '@/framework/metric-vocabulary'
import type { Text } from '@/framework/types'
import { payloadClient } from './payload-client'
import type { Viewer } from './viewer'

export const getMetricVocabulary = async (viewer: Viewer): Promise<MetricVocabulary> => readMetricVocabulary(await payloadClient(), viewer)

/** The vocabulary through a given Payload instance (the admin's views and their tests have one at hand). */
export async function readMetricVocabulary(payload: Payload, viewer: Viewer): Promise<MetricVocabulary> {
  const { docs } = await payload.find({
    collection: 'metrics',
    overrideAccess: false,
    user: viewer.user,
    locale: 'all',
    depth: 0,
    pagination: false,
    select: { label: true, unit: true, kind: true },
  })
  // With locale 'all' a localized field comes as { en, nl, fr, de }; the generated type says string.
  return vocabularyOf(docs.map((m) => ({ key: m.id, label: m.label as unknown as Text, unit: m.unit, kind: m.kind })))
}
