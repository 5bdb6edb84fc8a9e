import type { FieldHook } from 'payload'

import { accessResult } from '../../../src/access/where'
import type { AccessUser } from '../../../src/access/roles'

/** Drops contact persons not marked public for readers who may not see private contacts. */
export const filterContactPersons: FieldHook = ({ value, req }) => {
  if (!Array.isArray(value)) return value
  if (accessResult('privateContacts', 'read', req.user as AccessUser | null) === true) return value
  return value.filter((person: { isPublic?: boolean }) => person?.isPublic === true)
}
