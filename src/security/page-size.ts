import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/**
 * The most documents one REST or GraphQL page may hold: `limit=0`, a larger
 * limit or `pagination=false` give this many instead (totalDocs and
 * hasNextPage still say what there is). The open-data files are the way to
 * get everything. Calls made inside the app (Local API) are not capped.
 */
export const MAX_PAGE_SIZE = { anonymous: 100, signedIn: 500 } as const

const capPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // A read by id (no `limit`) returns one document.
  if (operation !== 'read' || req.payloadAPI === 'local' || 'id' in args) return args
  const cap = req.user ? MAX_PAGE_SIZE.signedIn : MAX_PAGE_SIZE.anonymous
  const asked = args.limit === undefined ? undefined : Number(args.limit)
  // 0 means "all" to Payload; a value that is not a number up to the cap is treated alike.
  if (args.pagination === false || (asked !== undefined && !(asked > 0 && asked <= cap))) args.limit = cap
  args.pagination = true
  return args
}

/** The collection with the page-size cap in front of its own beforeOperation hooks. */
export const withPageSizeCap = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [capPageSize, ...(collection.hooks?.beforeOperation ?? [])] },
})
