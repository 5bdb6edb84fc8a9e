import type { Payload } from 'payload'

import { appEnvironment } from './environment'
import { prepareDatabase } from './prepare-database'

/**
 * Runs a command-line tool against the app's database (the one a running `npm start` uses, or its own embedded
 * PostgreSQL): migrations applied and, where `npm start` would, the demo seeded first. The process exits with the
 * task's code, or with 1 and "<name> failed: <reason>" on one line; the database it started is stopped either way.
 */
export async function runTool(name: string, task: (payload: Payload) => Promise<number | void>): Promise<never> {
  const { env, embedded, seedDemo } = await appEnvironment({ shareRunningDatabase: true })
  Object.assign(process.env, env)
  let exitCode = 0
  try {
    const payload = await prepareDatabase({ seedDemo })
    try {
      exitCode = (await task(payload)) ?? 0
    } finally {
      await payload.destroy()
      // Payload's destroy leaves the adapter's connection pool open: when the embedded PostgreSQL stops below, its idle
      // connections end with an error that would otherwise crash the finished tool.
      ;(payload.db as unknown as { pool?: { on: (event: 'error', listener: () => void) => void } }).pool?.on('error', () => {})
    }
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`)
    exitCode = 1
  } finally {
    await embedded?.stop()
  }
  process.exit(exitCode)
}
