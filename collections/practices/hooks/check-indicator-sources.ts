import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { fieldByKey, sectionOfQuestion } from '@/framework'
import { partLabels } from '@/framework/part-labels'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'

/**
 * Every indicator must name one of the practice's sources, so each figure keeps its provenance. The error names
 * the field as Payload names its own, by tab and labels in the user's language ("Results > Indicators 1 > Source"),
 * and its path marks it on the form.
 */
export const checkIndicatorSources: CollectionBeforeChangeHook = ({ data, req }) => {
  const locale = requestLocale(req)
  const t = translations(locale, 'validation')
  const keys = new Set<string>((data.sources ?? []).map((s: { key?: string }) => s?.key))
  const errors = ((data.indicators ?? []) as { source?: string }[])
    .map((indicator, index) => ({ indicator, index }))
    .filter(({ indicator }) => !keys.has(indicator.source ?? ''))
    .map(({ indicator, index }) => ({
      path: `indicators.${index}.source`,
      label: [sectionOfQuestion('indicators')?.title[locale], `${fieldByKey('indicators').label[locale]} ${index + 1}`, partLabels.source[locale]].filter(Boolean).join(' > '),
      message: t.unknownSource({ source: indicator.source ?? '', keys: [...keys].join(', ') || t.noSourcesYet }),
    }))
  if (errors.length > 0) throw new ValidationError({ collection: 'practices', errors, req }, req.t)
  return data
}
