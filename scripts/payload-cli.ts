/**
 * `npm run payload -- <command>`: Payload's CLI (migrate, migrate:create,
 * generate:types, ...) with the same database and secret `npm start` uses.
 */
import { appEnvironment, ROOT } from './lib/environment'
import { run } from './lib/run'

const { env, embedded } = await appEnvironment({ shareRunningDatabase: true })
let exitCode = 0
try {
  await run(`${ROOT}/node_modules/.bin/payload`, process.argv.slice(2), env)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  exitCode = 1
} finally {
  await embedded?.stop()
}
process.exit(exitCode)
