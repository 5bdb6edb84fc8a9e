import type { OptionObject, PayloadRequest } from 'payload'

import type { Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'

const memoKey = 'metricChoices'

/**
 * The metrics the signed-in user may put on an indicator, as select options in the admin's language:
 * what the metrics' read access lets them see (approved ones, and a coordinator's own proposals, marked
 * as such). Read once per request, however many indicator rows the form has.
 */
export function metricChoices(req: PayloadRequest, locale: Locale): Promise<OptionObject[]> {
  const memo = req.context as Record<string, Promise<OptionObject[]> | undefined>
  memo[memoKey] ??= (async () => {
    const { docs } = await req.payload.find({
      collection: 'metrics',
      overrideAccess: false,
      user: req.user,
      depth: 0,
      pagination: false,
      sort: 'label',
      locale,
      select: { label: true, status: true },
    })
    const t = translations(locale, 'metrics')
    return docs.map((m) => ({ value: m.id, label: m.status === 'approved' ? m.label : t.proposedSuffix({ label: m.label }) }))
  })()
  return memo[memoKey]!
}
