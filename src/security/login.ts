import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import { z } from 'zod'

import { hitRateLimit, peekRateLimit } from './app-rate-limits'
import { MAX_PASSWORD_LENGTH } from './password-policy'

/**
 * Signing in (POST /api/users/login) in front of Payload's own login, so that
 * a failure looks the same whatever its cause: an unknown account, a wrong
 * password, or an account that this client has failed too often (rate limit
 * loginFailures) all take one password-hash's time and get one answer. The
 * lockout is per account and client, so nobody can lock anyone else out;
 * the limit per client (rate limit login) is counted at the HTTP server.
 */
export const LOGIN_FAILED = 'The e-mail address or password is incorrect, or this account had too many failed attempts from here: wait 15 minutes and try again.'

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email(),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
})
export type Credentials = z.infer<typeof credentialsSchema>

/** The credentials of a login request: JSON, or the admin's form with the JSON in `_payload`. */
export async function credentialsOf(request: Request): Promise<Credentials | undefined> {
  let data: unknown
  try {
    const type = request.headers.get('content-type') ?? ''
    data = type.startsWith('multipart/form-data') ? JSON.parse(String((await request.formData()).get('_payload'))) : await request.json()
  } catch {
    return undefined
  }
  const parsed = credentialsSchema.safeParse(data)
  return parsed.success ? parsed.data : undefined
}

/**
 * Whether Payload should check these credentials; when not, a failure has already been counted and
 * waited for as long as a password check takes.
 */
export async function mayTryLogin(payload: Payload, { email, password }: Credentials): Promise<boolean> {
  const [lockout, accounts] = await Promise.all([
    peekRateLimit(payload, 'loginFailures', email),
    // Straight to the database, as Payload's own login looks the account up: not a read made for any user,
    // and its answer decides only whether the failure costs a hash here or in Payload.
    payload.db.count({ collection: 'users', where: { email: { equals: email } } }),
  ])
  if (lockout.allowed && accounts.totalDocs > 0) return true
  await Promise.all([hashLikeAPasswordCheck(password), recordLoginFailure(payload, email)])
  return false
}

export const recordLoginFailure = (payload: Payload, email: string) => hitRateLimit(payload, 'loginFailures', email)

// The parameters of Payload's current password hashes (pbkdf2-sha256-v1).
const hashWork = promisify(pbkdf2)
const hashLikeAPasswordCheck = (password: string) => hashWork(password, 'guidance-atlas-no-account', 600_000, 32, 'sha256')
