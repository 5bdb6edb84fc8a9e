import type { CollectionAfterReadHook, SanitizedConfig } from 'payload'

import { accessResult } from '@/access/where'
import type { AccessUser } from '@/access/roles'

/**
 * Payload's "Document locked" dialog names the lock holder by the `email` of the lock's populated user, or as
 * "User: 3" when the reader may not read that account (coordinators and reviewers read only their own). For
 * editors, this puts the holder's name (users.name, which falls back to the e-mail) where the dialog looks.
 * Others (researchers) may read lock records through the REST API too, and get the bare id as before.
 */
const nameTheLockHolder: CollectionAfterReadHook = async ({ doc, req }) => {
  const holder = doc?.user?.value as { id?: number } | number | undefined
  const id = typeof holder === 'object' ? holder?.id : holder
  if (id === undefined || accessResult('practices', 'update', req.user as AccessUser | null) === false) return doc
  const account = await req.payload.findByID({ collection: 'users', id, depth: 0, select: { name: true, email: true }, disableErrors: true, req })
  if (!account) return doc
  return { ...doc, user: { ...doc.user, value: { id, email: account.name || account.email } } }
}

/**
 * The sanitized config with that hook on Payload's own locked-documents collection, which exists only once the
 * config is sanitized (so a plugin, which runs before, cannot reach it).
 */
export function withNamedLockHolders(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) locks.hooks.afterRead = [...(locks.hooks.afterRead ?? []), nameTheLockHolder]
  return config
}
