import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { accessResult, allowsCountry } from '../../../src/access/where'
import { countriesOf, type AccessUser } from '../../../src/access/roles'

/**
 * Rules that need the record being written, checked for every write made for a user:
 * only those allowed to publish may save a published version, and a practice can only
 * be filed under a country the user may edit. (Writes without a user are server code:
 * seeding and imports that did their own checks.)
 */
export const enforceEditorialRules: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  const user = req.user as AccessUser | null
  if (!user) return data
  if (data._status === 'published' && accessResult('practices', 'publish', user) !== true) {
    throw new APIError('Only reviewers and admins can publish. Save a draft and tick "Ready for review".', 403, null, true)
  }
  if (!allowsCountry('practices', operation === 'create' ? 'create' : 'update', user, data.country ?? originalDoc?.country ?? null)) {
    const own = countriesOf(user).join(', ') || 'none'
    throw new APIError(`You can file practices only under your own countries (${own}).`, 403, null, true)
  }
  return data
}
