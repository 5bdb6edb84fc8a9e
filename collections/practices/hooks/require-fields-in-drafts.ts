import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * Payload checks fields after the collection's beforeChange hooks, so "Save draft" on an empty form met the country
 * rule first and came back as an unexplained refusal. A write made for a user must fill the collection's required
 * top-level fields (a practice's title and country) before any other rule looks at the record: each missing one is
 * named by its label in the user's language and marked on the form. Rows of lists are checked with the fields.
 * An update is held to the fields it writes: a workflow step writes none, and a title kept in another language
 * than the one of the request is no missing title.
 */
export const requireFieldsInDrafts: CollectionBeforeValidateHook = ({ collection, data, operation, req }) => {
  if (!req.user) return data
  const record: Record<string, unknown> = data ?? {}
  const checked = (name: string) => operation === 'create' || name in record
  const missing = collection.flattenedFields.filter(
    (field) => 'required' in field && field.required === true && checked(field.name) && isEmpty(record[field.name]),
  )
  if (missing.length > 0) {
    const errors = missing.map((field) => ({ path: field.name, label: field.label || field.name, message: req.t('validation:required') }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  return data
}
