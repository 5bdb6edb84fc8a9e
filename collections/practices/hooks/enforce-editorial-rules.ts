import type { CollectionBeforeChangeHook } from 'payload'

import { refuseForeignCountry } from '@/access/country-rule'
import { Refusal } from '@/access/refusal'
import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { ROUND_CONFIRMATION } from '@/rounds/step-context'

/**
 * Rules that need the record being written, checked for every write made for a user:
 * only those allowed to publish may save a published version, and a practice can only
 * be filed under a country the user may edit. (Writes without a user are server code:
 * seeding and imports that did their own checks.) A round confirmation republishes the published
 * version unchanged; confirmPractice checked the permission table's `confirm` row.
 */
export const enforceEditorialRules: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const user = req.user as AccessUser | null
  if (!user) return data
  if (data._status === 'published' && !req.context[ROUND_CONFIRMATION] && accessResult('practices', 'publish', user) !== true) {
    throw new Refusal(translations(requestLocale(req), 'workflow').errors.onlyReviewersPublish, 403)
  }
  refuseForeignCountry('practices', { data, originalDoc, operation, req })
  return data
}
