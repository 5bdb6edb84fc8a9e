import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The server-set fields of a review comment: its author (the user who writes it) and who resolved it
 * and when. Clients cannot write them (field access), so they always say what happened.
 */
export const stampReviewComment: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const userId = (req.user?.id as number | undefined) ?? null
  if (operation === 'create') data.author = userId
  const wasResolved = originalDoc?.resolved === true
  if (data.resolved === true && !wasResolved) Object.assign(data, { resolvedBy: userId, resolvedAt: new Date().toISOString() })
  if (data.resolved === false && wasResolved) Object.assign(data, { resolvedBy: null, resolvedAt: null })
  return data
}
