/**
 * What a series of figures leaves out, so that a chart can say so: years missing between the first and
 * the last period of a yearly series, and months missing from a breakdown by month.
 */

/** A year ("2016") or a school year ("2016-17"): its first calendar year and how to write another. */
const yearly = /^(\d{4})(-\d{2})?$/

/** The yearly periods between the first and the last that have no figure, written like the first; none for other periods. */
export function missingPeriods(periods: readonly string[]): string[] {
  const matches = periods.map((p) => yearly.exec(p))
  if (periods.length < 2 || matches.some((m) => !m) || new Set(matches.map((m) => Boolean(m![2]))).size > 1) return []
  const schoolYears = Boolean(matches[0]![2])
  const years = new Set(matches.map((m) => Number(m![1])))
  const [first, last] = [Math.min(...years), Math.max(...years)]
  const missing: string[] = []
  for (let year = first + 1; year < last; year++) {
    if (!years.has(year)) missing.push(schoolYears ? `${year}-${String((year + 1) % 100).padStart(2, '0')}` : String(year))
  }
  return missing
}

export const MONTHS_IN_YEAR = 12
