import { readdirSync } from 'node:fs'
import path from 'node:path'

/** The repository's root folder. */
export const repositoryRoot = path.resolve(import.meta.dirname, '../..')

/** Every TypeScript file below `dir` (relative to the repository root), for tests that read the sources as text. */
export function sourceFiles(dir: string): string[] {
  const folder = path.resolve(repositoryRoot, dir)
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.tsx?$/.test(entry.name) ? [file] : []
  })
}
