import { z } from 'zod'

import { parseCatalogueQuery, type CatalogueQuery } from '@/url-state/catalogue-query'
import { isLocale, type Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'
import { MAX_ROUND_NAME, ROUND_NAME_PATTERN } from '@/rounds/round-name'

/** `?round=`: a round's name as an admin writes it ("2027 update"): letters, digits, spaces and . _ - ( ) / only. */
const roundName = (t: SnapshotMessages) =>
  z.string().trim().min(1, t.emptyName).max(MAX_ROUND_NAME, t.nameTooLong({ max: MAX_ROUND_NAME })).regex(ROUND_NAME_PATTERN, t.nameForm)

/** The messages of a snapshot request's refusals, in the request's language. */
export const snapshotMessages = (locale: Locale) => translations(locale, 'rounds').snapshot
type SnapshotMessages = ReturnType<typeof snapshotMessages>

export type OpenDataRequest =
  | { ok: true; locale: Locale; query: CatalogueQuery; round?: string }
  | { ok: false; status: 400; message: string }

/**
 * The locale (?locale=, default en), the catalogue filters and the round (?round=, a closed round's snapshot) of an
 * open-data request URL. A snapshot is the whole inventory as the round closed it: filters with a round are refused.
 * Refusals are worded in the request's language.
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
  const t = snapshotMessages(locale)
  const rounds = params.getAll('round')
  const round = roundName(t).safeParse(rounds[0])
  if (rounds.length > 1) return { ok: false, status: 400, message: t.oneRound }
  if (!round.success) return { ok: false, status: 400, message: round.error.issues[0].message }
  if (query.q || Object.keys(query.filters).length > 0) return { ok: false, status: 400, message: t.whole }
  return { ok: true, locale, query, round: round.data }
}
