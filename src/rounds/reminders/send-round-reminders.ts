import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isLocale } from '@/i18n/locales'
import { transactionDb } from '@/practice-input/practice-rows'
import { dayOf } from '../round-day'
import { dueReminder, type Reminder } from './due-reminder'
import { reminderMail } from './reminder-mail'

export interface RemindersSent {
  round: string | null
  reminder: Reminder | null
  /** The ids of the coordinators mailed. */
  sent: number[]
  failed: number[]
}

/**
 * Sends the open round's reminder due on `today` (YYYY-MM-DD; see dueReminder) to each coordinator with published
 * practices of their countries still to verify, once: a coordinator is claimed in round_reminders before the mail is
 * sent (two runs at once cannot both send it), and released again when sending fails, so a later run retries.
 */
export async function sendRoundReminders(payload: Payload, today: string): Promise<RemindersSent> {
  const db = await transactionDb(payload)
  const { rows: rounds } = await db.execute(sql`SELECT id, name, deadline FROM rounds WHERE opens_at IS NOT NULL AND closed_at IS NULL LIMIT 1`)
  const round = rounds[0] && { id: Number(rounds[0].id), name: String(rounds[0].name), deadline: new Date(rounds[0].deadline as string).toISOString() }
  const reminder = round ? dueReminder(dayOf(round.deadline), today) : null
  const outcome: RemindersSent = { round: round?.name ?? null, reminder, sent: [], failed: [] }
  if (!round || !reminder) return outcome

  const { rows } = await db.execute(sql`
    SELECT u.id, u.email, u.name, u.language, p.country_id AS country, count(*)::int AS n
    FROM practices p
    JOIN users_rels c ON c.path = 'countries' AND c.countries_id = p.country_id
    JOIN users u ON u.id = c.parent_id
    WHERE p.verify_round_id = ${round.id} AND p.verify_state = 'toVerify' AND p._status = 'published'
      AND EXISTS (SELECT 1 FROM users_roles r WHERE r.parent_id = u.id AND r.value = 'coordinator')
      AND NOT EXISTS (SELECT 1 FROM round_reminders m WHERE m.round_id = ${round.id} AND m.user_id = u.id AND m.reminder = ${reminder})
    GROUP BY u.id, p.country_id ORDER BY u.id, p.country_id`)
  const coordinators = new Map<number, { email: string; name: string; language: string; counts: { country: string; n: number }[] }>()
  for (const row of rows) {
    const id = Number(row.id)
    const entry = coordinators.get(id) ?? { email: String(row.email), name: String(row.name ?? ''), language: String(row.language), counts: [] }
    entry.counts.push({ country: String(row.country), n: Number(row.n) })
    coordinators.set(id, entry)
  }

  for (const [userId, coordinator] of coordinators) {
    const claimed = await db.execute(sql`
      INSERT INTO round_reminders (round_id, user_id, reminder) VALUES (${round.id}, ${userId}, ${reminder}) ON CONFLICT DO NOTHING RETURNING 1`)
    if (claimed.rows.length === 0) continue
    const mail = reminderMail(reminder, { round, counts: coordinator.counts }, isLocale(coordinator.language) ? coordinator.language : 'en')
    try {
      await payload.sendEmail({ to: { name: coordinator.name, address: coordinator.email }, subject: mail.subject, text: mail.text })
      outcome.sent.push(userId)
    } catch (error) {
      await db.execute(sql`DELETE FROM round_reminders WHERE round_id = ${round.id} AND user_id = ${userId} AND reminder = ${reminder}`)
      payload.logger.error(`The "${reminder}" reminder of round ${round.name} to user ${userId} was not sent: ${error instanceof Error ? error.message : String(error)}`)
      outcome.failed.push(userId)
    }
  }
  return outcome
}
