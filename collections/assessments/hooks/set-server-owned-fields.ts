import type { CollectionBeforeChangeHook } from 'payload'

import { hashLinkToken } from '@/benchmark/private-link'
import { linkTokenOf, previousOf } from '@/benchmark/write-context'

/** Fields only the server decides, whatever a request sends: who owns it, its link's hash, which assessment it follows. */
const serverOwned = ['owner', 'tokenHash', 'previous'] as const

/**
 * On create: the owner is the signed-in user (none for a visitor), the link's
 * hash comes from the token the page issued, and `previous` from the server's
 * check that the viewer may read that assessment. On update they never change.
 */
export const setServerOwnedFields: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  const rest = Object.fromEntries(Object.entries(data).filter(([key]) => !(serverOwned as readonly string[]).includes(key)))
  if (operation !== 'create') return rest
  const token = linkTokenOf(req.context)
  return {
    ...rest,
    owner: req.user?.id ?? null,
    tokenHash: token ? hashLinkToken(token) : null,
    previous: previousOf(req.context) ?? null,
  }
}
