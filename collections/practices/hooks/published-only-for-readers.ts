import type { CollectionBeforeOperationHook } from 'payload'

import type { AccessUser } from '../../../src/access/roles'
import { accessResult } from '../../../src/access/where'

/**
 * Readers who may see no drafts (anonymous, researchers) always read the published
 * version: with `draft=true` Payload would read the latest versions instead and
 * silently drop every practice that has a pending draft.
 */
export const publishedOnlyForReaders: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && args.draft && accessResult('practices', 'readVersions', req.user as AccessUser | null) === false) {
    return { ...args, draft: false }
  }
  return args
}
