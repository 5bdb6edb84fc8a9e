import type { CollectionBeforeChangeHook } from 'payload'

import { Refusal } from '@/access/refusal'
import { countriesOf, hasRole, type AccessUser } from '@/access/roles'
import { linkTokenOf } from '@/benchmark/write-context'

const idOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : null

/**
 * A coordinator may share their assessment with the other coordinators of one
 * of their own countries (field `sharedCountry`); admins may set any country.
 * Assessments reached by private link have no owner and cannot be shared.
 * Writes without a user or a link are server code (tests, scripts).
 */
export const checkSharing: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const country = idOf(data.sharedCountry)
  if (country === null || country === idOf(originalDoc?.sharedCountry)) return data
  const user = req.user as AccessUser | null
  if (!user && !linkTokenOf(req.context)) return data
  if (hasRole(user, 'admin')) return data
  if (hasRole(user, 'coordinator') && countriesOf(user).includes(country)) return data
  throw new Refusal('Only coordinators can share an assessment, and only with the coordinators of their own countries.', 403)
}
