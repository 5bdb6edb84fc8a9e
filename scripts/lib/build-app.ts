import { markBuilt, sourceHash } from './build-state'
import { ROOT } from './environment'
import { run } from './run'

/** Regenerates Payload's import map (a stale one silently drops admin components), then builds Next. */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now()
  console.log('Building the app (first start or changed sources) ...')
  await run(`${ROOT}/node_modules/.bin/payload`, ['generate:importmap'], env)
  const sources = sourceHash(ROOT)
  await run(`${ROOT}/node_modules/.bin/next`, ['build'], { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' })
  markBuilt(ROOT, sources)
  console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
