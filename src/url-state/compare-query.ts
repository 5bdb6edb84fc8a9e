/** The practice comparison's state as it stands in the URL: `?practices=a,b,c` (or repeated) and `&diff=1`. */

export const MIN_COMPARED = 2
export const MAX_COMPARED = 4
/** Longer "slugs" are cut before they are looked up or named in a message. */
const SLUG_LENGTH = 120

export interface CompareQuery {
  /** the slugs asked for, in order, once each */
  slugs: string[]
  /** show only the rows where the practices differ */
  diffOnly: boolean
}

type SearchParams = Record<string, string | string[] | undefined>

/** The parameters of a request's URL in the shape pages receive them (repeated ones as lists). */
export const searchParamsOf = (url: URL): SearchParams =>
  Object.fromEntries([...new Set(url.searchParams.keys())].map((key) => [key, url.searchParams.getAll(key)]))

const values = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])

export function parseCompareQuery(params: SearchParams): CompareQuery {
  const slugs = values(params.practices)
    .flatMap((v) => v.split(','))
    .map((slug) => slug.trim().toLowerCase().slice(0, SLUG_LENGTH))
    .filter(Boolean)
  return { slugs: [...new Set(slugs)], diffOnly: values(params.diff).includes('1') }
}

/** The slugs that are compared: the first four asked for. */
export const comparedSlugs = (query: CompareQuery) => query.slugs.slice(0, MAX_COMPARED)

/** The search string of a comparison, as links and the export use it. */
export function compareSearch(slugs: readonly string[], diffOnly: boolean): string {
  return `?practices=${slugs.map(encodeURIComponent).join(',')}${diffOnly ? '&diff=1' : ''}`
}
