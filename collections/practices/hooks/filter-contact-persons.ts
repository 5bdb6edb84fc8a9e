import type { FieldHook } from 'payload'

import { accessResult } from '@/access/where'
import type { AccessUser } from '@/access/roles'

/**
 * Drops contact persons not marked public for readers who may not see private contacts.
 * Server code that reads with access control off (imports comparing what is stored) sees them all,
 * as it does every other field.
 */
export const filterContactPersons: FieldHook = ({ value, req, overrideAccess }) => {
  if (!Array.isArray(value) || overrideAccess) return value
  if (accessResult('privateContacts', 'read', req.user as AccessUser | null) === true) return value
  return value.filter((person: { isPublic?: boolean }) => person?.isPublic === true)
}
