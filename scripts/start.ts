/**
 * `npm start`: the app with demo data, on one command.
 * Starts PostgreSQL when no DATABASE_URL is given, applies migrations, seeds an
 * empty database, builds when the build is missing or stale, and serves it.
 * `npm run dev` (--dev) serves the development server instead of the build.
 * Ctrl-C stops the web server and then the embedded PostgreSQL.
 */
import { buildApp } from './lib/build-app'
import { buildIsCurrent } from './lib/build-state'
import { appEnvironment, ROOT } from './lib/environment'
import { prepareDatabase } from './lib/prepare-database'
import { mediaSettingsProblem } from '@/media/media-settings'
import { productionSettingsProblem, readReplicaProblem } from '@/security/deployment'
import { launchAppServer } from './lib/app-server'
import { stopProcess } from './lib/run'

const dev = process.argv.includes('--dev')
const started = Date.now()
const { env, embedded, seedDemo, secretGiven } = await appEnvironment()
Object.assign(process.env, env)
// Against an operator's database the production build is a deployment: it must not run on demo settings.
const productionProblem = dev || embedded ? undefined : productionSettingsProblem(env, secretGiven)
const settingsProblem = productionProblem ?? readReplicaProblem(env) ?? mediaSettingsProblem(env)
if (settingsProblem) {
  console.error(`Guidance Atlas did not start. ${settingsProblem}`)
  await embedded?.stop()
  process.exit(1)
}

let stopping = false
async function shutdown(code: number): Promise<never> {
  stopping = true
  if (server) await stopProcess(server)
  if (embedded) await embedded.stop()
  process.exit(code)
}
let server: ReturnType<typeof launchAppServer> | undefined
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

try {
  await (await prepareDatabase({ seedDemo })).destroy()
  if (!dev && !buildIsCurrent(ROOT)) await buildApp(env)
  server = launchAppServer(env, { dev })
  console.log(`Guidance Atlas: http://localhost:${env.PORT}/en, admin at /admin (database and build ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`)
  server.on('exit', (code) => {
    if (!stopping) void shutdown(code ?? 1)
  })
} catch (error) {
  console.error(`Could not start Guidance Atlas: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
}
