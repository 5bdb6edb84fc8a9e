import type { CollectionBeforeDeleteHook } from 'payload'

/** A practice's review comments go with it, in the same transaction (they are about nothing else). */
export const deleteReviewThread: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'review-comments', where: { practice: { equals: id } }, req, overrideAccess: true })
}
