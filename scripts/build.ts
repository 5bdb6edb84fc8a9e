/** `npm run build`: Payload's import map, then the Next production build. */
import { buildApp } from './lib/build-app'
import { appEnvironment } from './lib/environment'

// The build reads no data, so no database is started for it.
const { env } = await appEnvironment({ database: false })
try {
  await buildApp(env)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
