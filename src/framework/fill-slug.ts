import type { FieldHook } from 'payload'

/** Turns a title into a URL slug: "CLBch@t – Pupil Guidance" becomes "clbch-t-pupil-guidance". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** Fills an empty slug from the English title; with no title to make it from, an emptied slug is stored as null. */
export const fillSlug: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim() !== '') return value.trim()
  const title = data?.title
  const english = typeof title === 'string' ? title : typeof title === 'object' && title ? title.en : undefined
  if (typeof english === 'string' && english.trim() !== '') return slugify(english)
  // The unique index allows several drafts without a slug (null), not several with ''.
  return value === '' ? null : value
}
