import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * NIST SP 800-63B's rule for chosen passwords: long enough, and not one that
 * attackers try first; no composition rules (they make passwords worse).
 */
const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 256

const commonPasswords = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

/** Why a new password is refused, or undefined when it is fine. */
export function passwordProblemOf(password: string, email?: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters (a few words make a good one).`
  if (password.length > MAX_PASSWORD_LENGTH) return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`
  const lower = password.toLowerCase()
  if (commonPasswords.has(lower)) return 'This password is on the list of the most common passwords; choose another.'
  if (email && lower === email.toLowerCase()) return 'Choose a password that is not your e-mail address.'
  return undefined
}
