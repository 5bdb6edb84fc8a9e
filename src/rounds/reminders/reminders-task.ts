import type { TaskConfig } from 'payload'

import { dayOf, now } from '../round-day'
import { sendRoundReminders } from './send-round-reminders'

export const REMINDERS_QUEUE = 'rounds'

/**
 * The job that mails coordinators the open round's reminders (send-round-reminders.ts). Payload queues it every hour
 * (its schedule) and `npm start`'s server runs the queue (jobs.autoRun in payload.config.ts); `npm run jobs` runs it
 * once. Its input `today` (YYYY-MM-DD) fixes the day for tests and demonstrations; else ATLAS_NOW, else the clock.
 */
export const roundRemindersTask: TaskConfig<'roundReminders'> = {
  slug: 'roundReminders',
  inputSchema: [{ name: 'today', type: 'text' }],
  outputSchema: [
    { name: 'round', type: 'text' },
    { name: 'reminder', type: 'text' },
    { name: 'sent', type: 'number' },
    { name: 'failed', type: 'number' },
  ],
  schedule: [{ cron: '0 * * * *', queue: REMINDERS_QUEUE }],
  // A failed mail is released for the next run; the task itself retries only what threw before any mail.
  retries: 2,
  handler: async ({ input, req }) => {
    const today = input?.today && /^\d{4}-\d{2}-\d{2}$/.test(input.today) ? input.today : dayOf(now())
    const result = await sendRoundReminders(req.payload, today)
    req.payload.logger.info(`Round reminders for ${today}: ${result.reminder ? `"${result.reminder}" of round ${result.round}, ${result.sent.length} sent, ${result.failed.length} failed` : 'none due'}`)
    return { output: { round: result.round ?? '', reminder: result.reminder ?? '', sent: result.sent.length, failed: result.failed.length } }
  },
}
