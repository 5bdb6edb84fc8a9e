import type { Access } from 'payload'

import type { AccessUser } from '@/access/roles'
import { allowsCountry } from '@/access/where'

/**
 * A comment may be written on a practice of a country the user's scope covers (the permission table's
 * `reviewComments.create`). Without data (the admin asking whether to show "Create new") the answer is yes.
 */
export const createOnOwnPractice: Access = async ({ req, data }) => {
  const user = req.user as AccessUser | null
  const practiceId = typeof data?.practice === 'object' && data.practice !== null ? data.practice.id : data?.practice
  if (practiceId === undefined) return allowsCountry('reviewComments', 'create', user, undefined)
  if (typeof practiceId !== 'number' && typeof practiceId !== 'string') return false
  const practice = await req.payload
    .findByID({ collection: 'practices', id: practiceId, depth: 0, select: { country: true }, req, disableErrors: true })
    .catch(() => null)
  return practice !== null && allowsCountry('reviewComments', 'create', user, practice.country)
}
