import type { ChildProcess } from 'node:child_process'

import { ROOT } from './environment'
import { launch } from './run'

/** Starts the app's HTTP server (scripts/serve.ts) on env.PORT: the production build, or the dev server with `dev`. */
export function launchAppServer(env: NodeJS.ProcessEnv, { dev = false } = {}): ChildProcess {
  return launch(`${ROOT}/node_modules/.bin/tsx`, [`${ROOT}/scripts/serve.ts`, ...(dev ? ['--dev'] : [])], {
    ...env,
    NODE_ENV: dev ? 'development' : 'production',
  })
}

/** Waits until the server answers at `url` (any status below 500). */
export async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000} s`)
}
