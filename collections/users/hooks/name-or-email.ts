import type { FieldHook } from 'payload'

/**
 * A user's name, which the admin shows wherever it names a person (list titles, "Document locked"): left empty, it
 * becomes the account's e-mail address, so nobody is named by a number.
 */
export const nameOrEmail: FieldHook = ({ value, data, originalDoc }) => {
  const name = typeof value === 'string' ? value.trim() : ''
  return name || data?.email || originalDoc?.email || value
}
