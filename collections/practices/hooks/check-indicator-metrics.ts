import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { usableMetrics } from '@/practice-input/usable-metrics'
import { indicatorPartLabel } from './indicator-part-label'

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
  const locale = requestLocale(req)
  const t = translations(locale, 'metrics')
  const errors = indicators.flatMap(({ metric = '' }, index) => {
    const status = usable.get(metric)
    const at = { path: `indicators.${index}.metric`, label: indicatorPartLabel(locale, index, 'metric') }
    if (status === undefined) return [{ ...at, message: t.unknownMetric({ key: metric }) }]
    if (publishing && status !== 'approved') return [{ ...at, message: t.proposedOnPublish({ key: metric }) }]
    return []
  })
  if (errors.length > 0) throw new ValidationError({ collection: 'practices', errors, req }, req.t)
  return data
}
