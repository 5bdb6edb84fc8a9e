import { headers } from '@/exchange/columns'
import { practiceCells } from '@/exchange/rows'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'

/** A practice's import row by header, as the CSV export writes its cells: what a test edits before importing it back. */
export function practiceToRow(input: PracticeInput, locale: Locale): Record<string, string> {
  const cells = practiceCells(input, locale)
  return Object.fromEntries(headers.map((header, i) => [header, cells[i]!]))
}
