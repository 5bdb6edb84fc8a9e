import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { usableMetrics } from '@/practice-input/usable-metrics'

/**
 * Every indicator names a metric of the vocabulary that the writer may use: for a user, what the metrics'
 * read access shows them (approved metrics, and a coordinator's own proposals). A practice is published
 * only with approved metrics, so the public never sees a figure under a metric no reviewer has approved.
 */
export const checkIndicatorMetrics: CollectionBeforeChangeHook = async ({ data, req }) => {
  const indicators = (data.indicators ?? []) as { metric?: string }[]
  if (indicators.length === 0) return data
  const usable = await usableMetrics(req.payload, req.user, req)
  const publishing = data._status === 'published'
  const t = translations(requestLocale(req), 'metrics')
  const errors = indicators.flatMap(({ metric = '' }, index) => {
    const status = usable.get(metric)
    if (status === undefined) return [{ path: `indicators.${index}.metric`, message: t.unknownMetric({ key: metric }) }]
    if (publishing && status !== 'approved') return [{ path: `indicators.${index}.metric`, message: t.proposedOnPublish({ key: metric }) }]
    return []
  })
  if (errors.length > 0) throw new ValidationError({ collection: 'practices', errors, req })
  return data
}
