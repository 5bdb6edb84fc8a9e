import { regionName } from '@/framework/language-names'
import type { Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'
import { appOrigin } from '@/security/deployment'
import type { Reminder } from './due-reminder'

export interface ReminderFacts {
  round: { id: number; name: string; deadline: string }
  /** Practices still to verify, per country code of the coordinator's. */
  counts: { country: string; n: number }[]
}

/** The link to the round's progress, where a coordinator confirms practices. */
export const roundProgressLink = (roundId: number): string => `${appOrigin()}/admin/round-progress/${roundId}`

/** A reminder to a coordinator, in their language: how many practices of which countries wait, until when, and where. */
export function reminderMail(reminder: Reminder, facts: ReminderFacts, language: Locale): { subject: string; text: string } {
  const t = translations(language, 'rounds').reminders
  const deadline = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(facts.round.deadline))
  const n = facts.counts.reduce((sum, c) => sum + c.n, 0)
  const lines = facts.counts.map((c) => `- ${t.countryLine({ country: regionName(c.country)[language], n: c.n })}`)
  const values = { round: facts.round.name, deadline, n }
  const paragraphs = [t[reminder]({ ...values }), lines.join('\n'), t.howTo, `${t.openProgress}\n${roundProgressLink(facts.round.id)}`, `-- \n${t.signature}`]
  return { subject: t.subject(values), text: `${paragraphs.join('\n\n')}\n` }
}
