import { z } from 'zod'

/** The default of VERIFICATION_MAX_AGE_MONTHS (issue 15: "once older than 18 months"). */
const DEFAULT_MONTHS = 18

/**
 * How many months a practice's last verification counts on its public page (VERIFICATION_MAX_AGE_MONTHS, default 18);
 * older, the page says "Not verified since …". Read when the server starts (scripts/serve.ts), so a wrong value stops it.
 */
export function verificationMaxAgeMonths(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const parsed = z.coerce.number().int().min(1).max(120).safeParse(env.VERIFICATION_MAX_AGE_MONTHS ?? String(DEFAULT_MONTHS))
  if (!parsed.success) {
    throw new Error(`VERIFICATION_MAX_AGE_MONTHS must be a whole number of months from 1 to 120, not "${env.VERIFICATION_MAX_AGE_MONTHS}".`)
  }
  return parsed.data
}
