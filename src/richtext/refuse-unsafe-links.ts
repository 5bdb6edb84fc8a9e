import { ValidationError, type FieldHook } from 'payload'

import { linkUrls } from './lexical'
import { isSafeLink, safeLinkRule } from './safe-link'

/**
 * Refuses a rich-text value with a link that isSafeLink refuses, as a field error. A hook rather than a
 * `validate`, because Payload skips validation when it saves a draft, and drafts must not hold such links either.
 */
export const refuseUnsafeLinks: FieldHook = ({ value, path, collection, global, req }) => {
  const refused = linkUrls(value).filter((url) => !isSafeLink(url))
  if (refused.length > 0) {
    const message = `${safeLinkRule} Not: ${refused.map((url) => JSON.stringify(url)).join(', ')}`
    throw new ValidationError({ collection: collection?.slug, global: global?.slug, errors: [{ path: path.join('.'), message }], req })
  }
  return value
}
