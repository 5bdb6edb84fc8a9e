import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { ImportFile } from '@/exchange/import-practices'

/** seed/practices/data: one practice per file, each a JSON array of one practice as `npm run import` reads it. */
export const practiceDataDir = () => path.join(import.meta.dirname, 'practices', 'data')

/** The practice data files, in name order, ready for importPractices. */
export function practiceDataFiles(dir = practiceDataDir()): ImportFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }))
}
