import { randomUUID } from 'node:crypto'

/**
 * Logs an unexpected import failure on the server under a new error id and returns the message for the caller:
 * the error's own text (SQL, its parameters, constraint names) stays in the log.
 */
export function unexpectedFailure(error: unknown): string {
  const id = randomUUID()
  console.error(`Import failed (error id ${id})`, error)
  return `The import failed unexpectedly and nothing was written (error id ${id}: an administrator finds the details in the server log under that id).`
}
