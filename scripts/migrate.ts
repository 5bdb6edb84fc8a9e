/**
 * `npm run migrate`: applies committed migrations (and seeds the demo content
 * where `npm start` would: embedded database, or SEED_DEMO=true), then exits.
 * The release step when several app instances share one database.
 */
import { appEnvironment } from './lib/environment'
import { prepareDatabase } from './lib/prepare-database'

const { env, embedded, seedDemo } = await appEnvironment({ shareRunningDatabase: true })
Object.assign(process.env, env)
let exitCode = 0
try {
  await (await prepareDatabase({ seedDemo })).destroy()
} catch (error) {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
} finally {
  await embedded?.stop()
}
process.exit(exitCode)
