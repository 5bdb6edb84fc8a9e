import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

/**
 * Payload validates no field when a draft is saved, so "Save draft" on an empty form reached the database (and its
 * country check) and came back as an unexplained error. A write made for a user must still fill the collection's
 * required top-level fields (a practice's title and country): each missing one is named by its label in the user's
 * language and marked on the form, before any other rule looks at the record. Rows of lists stay free in a draft.
 */
export const requireFieldsInDrafts: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  if (!req.user) return data
  const record: Record<string, unknown> = { ...originalDoc, ...data }
  const missing = collection.flattenedFields.filter((field) => 'required' in field && field.required === true && isEmpty(record[field.name]))
  if (missing.length > 0) {
    const errors = missing.map((field) => ({ path: field.name, label: field.label || field.name, message: req.t('validation:required') }))
    throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  }
  return data
}
