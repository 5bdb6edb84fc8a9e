/**
 * Private links to assessments made without an account. The token is 32
 * random bytes (256 bits, written as 43 base64url characters): unguessable.
 * Only its SHA-256 hash is stored, so the database never holds a working link;
 * a plain hash suffices because the token is random, not a password.
 */
import { createHash, randomBytes } from 'node:crypto'

const TOKEN_BYTES = 32
const tokenFormat = /^[A-Za-z0-9_-]{43}$/

export const newLinkToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url')

export const isLinkToken = (value: string): boolean => tokenFormat.test(value)

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex')
