import type { CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '@/access/refusal'
import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'

/**
 * For writes made for a user: the proposer is the signed-in user and never changes, the key never
 * changes, and only a user with the metrics' `publish` permission (reviewers) approves a metric.
 * (Writes without a user are server code: the migration's initial vocabulary, tests.)
 */
export const enforceMetricRules: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (!req.user) return data
  const approving = data.status === 'approved' && (operation === 'create' || originalDoc?.status !== 'approved')
  if (approving && accessResult('metrics', 'publish', req.user as AccessUser) !== true) {
    throw new Refusal(translations(requestLocale(req), 'metrics').onlyReviewersApprove, 403)
  }
  if (operation === 'create') return { ...data, owner: req.user.id }
  return { ...data, id: originalDoc?.id, owner: originalDoc?.owner ?? null }
}
