/**
 * The line on a practice's page that says when it was last verified in an update round: "Last verified on <date>
 * (round <name>)", or "Not verified since <date>" once that is longer ago than the configured age.
 */
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { formatDay } from '@/view-models/practice/record-values'

export interface Verification {
  /** when the practice was last verified (ISO), if ever */
  lastVerifiedAt?: string | null
  /** the round it was verified in: populated (its name) or an id */
  lastVerifiedRound?: number | { name: string } | null
}

/** The line, or null for a practice never verified in a round. `now` and `maxAgeMonths` make it testable. */
export function verificationLine(practice: Verification, locale: Locale, maxAgeMonths: number, now: Date): { text: string; stale: boolean } | null {
  if (!practice.lastVerifiedAt) return null
  const verified = new Date(practice.lastVerifiedAt)
  const limit = new Date(now)
  limit.setUTCMonth(limit.getUTCMonth() - maxAgeMonths)
  const t = translations(locale, 'practice')
  const date = formatDay(practice.lastVerifiedAt, locale)
  if (verified < limit) return { text: t.notVerifiedSince({ date }), stale: true }
  const round = typeof practice.lastVerifiedRound === 'object' && practice.lastVerifiedRound ? practice.lastVerifiedRound.name : null
  return { text: round ? t.lastVerifiedInRound({ date, round }) : t.lastVerified({ date }), stale: false }
}
