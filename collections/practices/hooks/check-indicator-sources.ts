import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { indicatorPartLabel } from './indicator-part-label'

/** Every indicator must name one of the practice's sources, so each figure keeps its provenance; the path marks it on the form. */
export const checkIndicatorSources: CollectionBeforeChangeHook = ({ data, req }) => {
  const locale = requestLocale(req)
  const t = translations(locale, 'validation')
  const keys = new Set<string>((data.sources ?? []).map((s: { key?: string }) => s?.key))
  const errors = ((data.indicators ?? []) as { source?: string }[])
    .map((indicator, index) => ({ indicator, index }))
    .filter(({ indicator }) => !keys.has(indicator.source ?? ''))
    .map(({ indicator, index }) => ({
      path: `indicators.${index}.source`,
      label: indicatorPartLabel(locale, index, 'source'),
      message: t.unknownSource({ source: indicator.source ?? '', keys: [...keys].join(', ') || t.noSourcesYet }),
    }))
  if (errors.length > 0) throw new ValidationError({ collection: 'practices', errors, req }, req.t)
  return data
}
