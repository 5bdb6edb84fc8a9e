import { launchAppServer, waitUntilServing } from './app-server'
import { BENCH_SECRET } from './bench-database'
import { freePort } from './embedded-postgres'
import { stopProcess } from './run'

export interface BenchApp {
  base: string
  /** The process whose tree is the app (for its memory). */
  pid: number
  stop: () => Promise<void>
}

/** The built app on a free loopback port against the database at `url`. */
export async function startBenchApp(url: string): Promise<BenchApp> {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const server = launchAppServer({ ...process.env, DATABASE_URL: url, PORT: String(port), SERVER_URL: base, PAYLOAD_SECRET: BENCH_SECRET })
  try {
    await waitUntilServing(`${base}/en`, 180_000)
  } catch (error) {
    await stopProcess(server)
    throw error
  }
  return { base, pid: server.pid!, stop: () => stopProcess(server) }
}

/** GETs `path` and reads the whole answer; its status and ms. */
export async function timedGet(base: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(600_000) })
  const bytes = (await response.arrayBuffer()).byteLength
  return { status: response.status, ms: performance.now() - started, bytes }
}
