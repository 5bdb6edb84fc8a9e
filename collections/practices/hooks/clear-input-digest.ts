import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The input digest says "this version is exactly that practice input" (an import row, a
 * seed): only code writing from an input sets it, through `context.inputDigest`. Any other
 * write (the admin, the API) clears it, so a later import compares that practice in full.
 */
export const clearInputDigest: CollectionBeforeChangeHook = ({ data, req }) => ({
  ...data,
  inputDigest: typeof req.context.inputDigest === 'string' ? req.context.inputDigest : null,
})
