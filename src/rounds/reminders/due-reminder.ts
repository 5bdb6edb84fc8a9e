import { daysBetween } from '../round-day'

/** The reminders of a round, by how many days before the deadline they are sent. */
export const reminders = { days14: 14, days3: 3, deadline: 0 } as const
export type Reminder = keyof typeof reminders

/**
 * The reminder due on `today` for a round ending on `deadline` (both YYYY-MM-DD): from 14 days before the deadline
 * the 14-day one, from 3 days before the 3-day one, on the deadline day the last; none after it. A day the job did
 * not run is caught up the next, and each is sent once (send-round-reminders.ts remembers them).
 */
export function dueReminder(deadline: string, today: string): Reminder | null {
  const days = daysBetween(today, deadline)
  if (days < 0 || days > reminders.days14) return null
  if (days === reminders.deadline) return 'deadline'
  return days <= reminders.days3 ? 'days3' : 'days14'
}
