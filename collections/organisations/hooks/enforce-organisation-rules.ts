import type { CollectionBeforeChangeHook } from 'payload'

import { refuseForeignCountry } from '@/access/country-rule'
import { refuseChangeToShownOrganisation } from '@/access/organisation-access'

/**
 * Rules that need the record being written, checked for every write made for a user:
 * an organisation stays under a country the user may edit, and one that a published
 * practice shows changes only with a reviewer. (Writes without a user are server code.)
 */
export const enforceOrganisationRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (!req.user) return data
  refuseForeignCountry('organisations', { data, originalDoc, operation, req })
  if (operation === 'update') await refuseChangeToShownOrganisation(originalDoc.id, req)
  return data
}
