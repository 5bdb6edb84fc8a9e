/**
 * Round dates are days: a deadline is met on its day, and overdue from the next. Days are counted in UTC,
 * as `YYYY-MM-DD`, so that the progress view, the reminders and their tests agree whatever the server's zone.
 */
export const dayOf = (date: Date | string): string => new Date(date).toISOString().slice(0, 10)

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

/**
 * "Now" for code that depends on the day (reminders, overdue counts): ATLAS_NOW when set (an ISO date or time, for
 * tests and demonstrations), else the clock.
 */
export function now(): Date {
  const fixed = process.env.ATLAS_NOW
  const date = fixed ? new Date(fixed) : new Date()
  if (Number.isNaN(date.getTime())) throw new Error(`ATLAS_NOW is not a date: ${fixed}`)
  return date
}
