import { randomUUID } from 'node:crypto'

import type { Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'

/**
 * Logs an unexpected import failure on the server under a new error id and returns the message for the caller:
 * the error's own text (SQL, its parameters, constraint names) stays in the log.
 */
export function unexpectedFailure(error: unknown, locale: Locale): string {
  const id = randomUUID()
  console.error(`Import failed (error id ${id})`, error)
  return translations(locale, 'importView').failedUnexpectedly({ id })
}
