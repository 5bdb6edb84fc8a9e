import { randomBytes } from 'node:crypto'
import { readdir } from 'node:fs/promises'

/** Mail files are named by the time they were written, so that names sort oldest to newest. */
const MAIL_FILE = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{8}\.eml$/

/** A new mail file's name, e.g. 2026-11-30T01-27-34-123Z-5f0c2a91.eml. */
export const mailFileName = (at: Date): string => `${at.toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`

/** The names of the mail files in `directory`, newest first; none when it does not exist yet. */
export async function mailFileNames(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return names.filter((name) => MAIL_FILE.test(name)).sort().reverse()
}
