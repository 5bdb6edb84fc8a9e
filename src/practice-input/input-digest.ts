import { createHash } from 'node:crypto'

import type { PracticeInput } from '@/framework/practice-schema'

/** JSON with keys in sorted order at every level, so equal inputs always give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  const entries = Object.entries(value)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`
}

/** A digest of a validated practice input's content; publication status is not content and is left out. */
export const inputDigest = (input: PracticeInput): string =>
  createHash('sha256')
    .update(canonicalJson({ ...input, published: undefined }))
    .digest('base64url')
