/**
 * Next calls `register` once when the server starts. It starts Payload with its crons, so that the jobs queue (the
 * round reminders, payload.config.ts `jobs`) runs from the start, not only after the first admin or API request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
