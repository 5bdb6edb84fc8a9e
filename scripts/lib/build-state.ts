import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** What the production build is made from; a change to any of these makes the build stale. */
const INPUTS = ['app', 'collections', 'src', 'public', 'payload.config.ts', 'next.config.ts', 'proxy.ts', 'tsconfig.json', 'package-lock.json']
const STAMP = path.join('.next', 'source-hash')

function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry, { withFileTypes: true }).flatMap((d) => filesUnder(path.join(entry, d.name)))
}

export function sourceHash(root: string): string {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((i) => filesUnder(path.join(root, i))).sort()) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

export function buildIsCurrent(root: string): boolean {
  const stamp = path.join(root, STAMP)
  return existsSync(path.join(root, '.next', 'BUILD_ID')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === sourceHash(root)
}

/** Records `hash`, taken before the build began: a file changed during the build leaves the build stale. */
export function markBuilt(root: string, hash: string): void {
  writeFileSync(path.join(root, STAMP), hash)
}
