import type { ChildProcess } from 'node:child_process'

import { ROOT } from './environment'
import { launch } from './run'

/**
 * V8's young generation at 64 MB a half instead of 16: a batch of an export (500 practices in every language) then
 * dies young. In a smaller one it survived two collections and was moved to the old generation, which V8 let grow by
 * about a gigabyte before collecting it. Unfiltered exports at 100,026 practices over HTTP, default -> 64 MB: CSV RSS
 * +715 -> +44 MB and Node CPU 10.3 -> 7.8 s; JSON +769 -> +27 MB and 9.0 -> 6.0 s.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=64']

/** Starts the app's HTTP server (scripts/serve.ts) on env.PORT: the production build, or the dev server with `dev`. */
export function launchAppServer(env: NodeJS.ProcessEnv, { dev = false } = {}): ChildProcess {
  return launch(`${ROOT}/node_modules/.bin/tsx`, [...SERVER_NODE_FLAGS, `${ROOT}/scripts/serve.ts`, ...(dev ? ['--dev'] : [])], {
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
