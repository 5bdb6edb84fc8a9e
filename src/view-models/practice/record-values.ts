import type { Locale } from '@/framework/types'
import type { Organisation } from '@/payload-types'

/** A stored day (YYYY-MM-DD or an ISO timestamp) as the page's locale writes it in full. */
export const formatDay = (value: string, locale: Locale) => new Date(value).toLocaleDateString(locale, { dateStyle: 'long' })

/** The names of related organisations (populated documents, or their ids when not populated). */
export const organisationNames = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map((o) => (typeof o === 'object' && o !== null ? (o as Organisation).name : String(o)))
