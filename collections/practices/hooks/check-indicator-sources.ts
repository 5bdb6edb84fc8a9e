import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'

/** Every indicator must name one of the practice's sources, so each figure keeps its provenance. */
export const checkIndicatorSources: CollectionBeforeChangeHook = ({ data, req }) => {
  const keys = new Set<string>((data.sources ?? []).map((s: { key?: string }) => s?.key))
  const t = translations(requestLocale(req), 'metrics')
  const listed = [...keys].join(', ') || t.noSourcesYet
  const errors = ((data.indicators ?? []) as { source?: string }[])
    .map((indicator, index) => ({ indicator, index }))
    .filter(({ indicator }) => !keys.has(indicator.source ?? ''))
    .map(({ indicator, index }) => ({
      path: `indicators.${index}.source`,
      message: t.unknownSource({ key: indicator.source ?? '', keys: listed }),
    }))
  if (errors.length > 0) throw new ValidationError({ collection: 'practices', errors, req })
  return data
}
