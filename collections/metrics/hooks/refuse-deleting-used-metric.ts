import type { CollectionBeforeDeleteHook } from 'payload'

import { Refusal } from '@/access/refusal'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'

/** A metric that any practice (published or draft) still uses stays, so no figure loses its meaning. */
export const refuseDeletingUsedMetric: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Drafts saved after a publication live only in the versions table, so both are asked.
  const [current, drafts] = await Promise.all([
    req.payload.count({ collection: 'practices', where: { 'indicators.metric': { equals: id } }, req }),
    req.payload.countVersions({
      collection: 'practices',
      where: { and: [{ latest: { equals: true } }, { 'version.indicators.metric': { equals: id } }] },
      req,
    }),
  ])
  const n = Math.max(current.totalDocs, drafts.totalDocs)
  if (n > 0) throw new Refusal(translations(requestLocale(req), 'metrics').inUse({ n }), 400)
}
