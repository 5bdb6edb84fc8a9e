/**
 * A practice's history as it stands in the URL: `/v/{n}` names a published version by its ordinal; the history
 * page takes `?page=` (its list of versions) and `?older=&newer=` (the two versions compared).
 */

type SearchParams = Record<string, string | string[] | undefined>

/** A version ordinal or page number as written in a URL (1, 2, …), or null for anything else. */
export function positiveNumber(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value
  if (text === undefined || !/^[1-9][0-9]{0,8}$/.test(text)) return null
  return Number(text)
}

export interface HistoryQuery {
  page: number
  /** the two versions to compare, as asked; null when the form was not sent */
  compared: { older: number; newer: number } | null
}

export function parseHistoryQuery(params: SearchParams): HistoryQuery {
  const [older, newer] = [positiveNumber(params.older), positiveNumber(params.newer)]
  return {
    page: positiveNumber(params.page) ?? 1,
    // Whichever way round they were chosen, the older version is the one published first.
    compared: older !== null && newer !== null ? { older: Math.min(older, newer), newer: Math.max(older, newer) } : null,
  }
}
