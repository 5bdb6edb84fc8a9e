import { spawn, type ChildProcess } from 'node:child_process'

import { ROOT } from './environment'

/**
 * Runs a command to completion, inheriting the terminal; rejects on a non-zero exit, and, with `timeoutMs`,
 * kills it and rejects when it takes longer.
 */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  { timeoutMs, cwd }: { timeoutMs?: number; cwd?: string } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env, cwd })
    const timer = timeoutMs ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : undefined
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new Error(`${command} ${args.join(' ')} ended with ${signal === 'SIGKILL' && timeoutMs ? `no result within ${timeoutMs / 1000} s` : (signal ?? `exit code ${code}`)}`))
    })
  })
}

/**
 * Runs one of the project's TypeScript scripts in a single Node process (`node --import tsx`, without the tsx
 * command's wrapper process): what tests and the bench use to run the command-line tools. Scripts are server
 * code: like React Server Components they resolve packages under the `react-server` condition, which gives
 * src/data's `import 'server-only'` its empty module. Under the `production` condition, lexical (loaded with the
 * Payload config) gives its built module: its default Node entry picks a build with a top-level await on a dynamic
 * import, which Node 20 sometimes never settles, and the process then hangs or exits silently before its first
 * line (about 1 run in 10 with tsx). package.json's script entries pass the same flags.
 */
export const runScript = (script: string, args: string[], env: NodeJS.ProcessEnv, options: { timeoutMs?: number } = {}) =>
  // From the project's folder, where tsx finds tsconfig.json and its `@/` paths.
  run(process.execPath, ['--conditions=react-server', '--conditions=production', '--import', 'tsx', script, ...args], env, { ...options, cwd: ROOT })

/** Runs one of package.json's scripts as a user does (`npm run SCRIPT -- ARGS`), from the project's folder. */
export const runNpmScript = (script: string, args: string[], env: NodeJS.ProcessEnv, options: { timeoutMs?: number } = {}) =>
  run('npm', ['run', '--silent', script, '--', ...args], env, { ...options, cwd: ROOT })

/** Starts a long-running command; the caller stops it. */
export function launch(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(command, args, { stdio: 'inherit', env })
}

/** Sends SIGTERM and waits for the process to end (SIGKILL after `graceMs`). */
export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
