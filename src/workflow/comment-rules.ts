import type { Payload } from 'payload'
import { fieldAffectsData } from 'payload/shared'

/** The longest review comment; the transition endpoint's body limit follows from it. */
export const MAX_COMMENT_LENGTH = 5000

/** The keys a review comment may name as the field it is about: the fields on the practice's tabs. */
export function practiceFieldKeys(payload: Payload): string[] {
  return payload.collections.practices.config.fields.flatMap((field) =>
    field.type === 'tabs' ? field.tabs.flatMap((tab) => tab.fields.filter(fieldAffectsData).map((f) => f.name)) : [],
  )
}
