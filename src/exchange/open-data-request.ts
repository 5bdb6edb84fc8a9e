import { z } from 'zod'

import { parseCatalogueQuery, type CatalogueQuery } from '@/url-state/catalogue-query'
import { isLocale, type Locale } from '@/i18n/locales'

/** The longest round name a snapshot request may give. */
export const MAX_ROUND_NAME = 100

/** What a round name in a snapshot request may hold. */
export const ROUND_NAME_PATTERN = /^[\p{L}\p{N} ._\-()/]+$/u

/** `?round=`: a round's name as an admin writes it ("2027 update"): letters, digits, spaces and . _ - ( ) / only. */
const roundName = z
  .string()
  .trim()
  .min(1, 'The round name is empty.')
  .max(MAX_ROUND_NAME, `A round name has at most ${MAX_ROUND_NAME} characters.`)
  .regex(ROUND_NAME_PATTERN, 'A round name holds letters, digits, spaces and . _ - ( ) / only.')
  .optional()

export type OpenDataRequest =
  | { ok: true; locale: Locale; query: CatalogueQuery; round?: string }
  | { ok: false; status: 400; message: string }

/**
 * The locale (?locale=, default en), the catalogue filters and the round (?round=, a closed round's snapshot) of an
 * open-data request URL. A snapshot is the whole inventory as the round closed it: filters with a round are refused.
 */
export function openDataRequest(url: string): OpenDataRequest {
  const params = new URL(url).searchParams
  const requested = params.get('locale') ?? 'en'
  const locale = isLocale(requested) ? requested : 'en'
  const entries: Record<string, string[]> = {}
  for (const [key, value] of params) (entries[key] ??= []).push(value)
  // An export holds the whole view, not one page of it.
  const query = { ...parseCatalogueQuery(entries), page: 1 }
  if (!params.has('round')) return { ok: true, locale, query }
  const rounds = params.getAll('round')
  const round = roundName.safeParse(rounds[0])
  if (rounds.length > 1) return { ok: false, status: 400, message: 'Give one round.' }
  if (!round.success) return { ok: false, status: 400, message: round.error.issues[0].message }
  if (query.q || Object.keys(query.filters).length > 0) {
    return { ok: false, status: 400, message: 'A round snapshot is exported whole: leave out the text and the filters.' }
  }
  return { ok: true, locale, query, round: round.data }
}
