/**
 * A record's number as an address writes it (/admin/review/12, /api/rounds/3/open): digits only, from 1 to the
 * largest id PostgreSQL's `serial` columns hold. A larger number names no record; passed on, the database would
 * refuse it ("out of range for type integer"), which an admin view cannot answer but with a 500.
 */
export const MAX_RECORD_ID = 2_147_483_647

/** The record number in `value` (a path segment), or null for anything else. */
export function recordId(value: unknown): number | null {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,9}$/.test(value)) return null
  const id = Number(value)
  return id <= MAX_RECORD_ID ? id : null
}
