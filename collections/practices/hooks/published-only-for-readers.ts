import type { CollectionBeforeOperationHook } from 'payload'

import type { AccessUser } from '@/access/roles'
import { mayReadDrafts } from '@/access/where'

/**
 * Readers who may see no drafts (anonymous, researchers) always read the published
 * version: with `draft=true` Payload would read the latest versions instead and
 * silently drop every practice that has a pending draft. Server code reading with
 * access control off (an import comparing what is stored) reads drafts as asked.
 */
export const publishedOnlyForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && args.draft && !args.overrideAccess && !mayReadDrafts(req.user as AccessUser | null)) {
    return { ...args, draft: false }
  }
  return args
}
