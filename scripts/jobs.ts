/**
 * `npm run jobs [-- --today YYYY-MM-DD]`: runs the background jobs once (the open round's reminders due today,
 * src/rounds/reminders) and exits; `npm start`'s server runs them by itself. `--today` (or ATLAS_NOW) fixes the day.
 */
import { runTool } from './lib/run-tool'

const args = process.argv.slice(2)
const today = args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined
if (today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error('usage: npm run jobs [-- --today YYYY-MM-DD]')
  process.exit(2)
}
await runTool('Jobs', async (payload) => {
  const { REMINDERS_QUEUE } = await import('@/rounds/reminders/reminders-task')
  await payload.jobs.queue({ task: 'roundReminders', input: { today }, queue: REMINDERS_QUEUE })
  const { remainingJobsFromQueried } = await payload.jobs.run({ queue: REMINDERS_QUEUE })
  return remainingJobsFromQueried > 0 ? 1 : 0
})
