import { createHash } from 'node:crypto'

import type { PracticeInput } from '@/framework/practice-schema'

/** JSON with keys in sorted order at every level, so equal inputs always give equal text (built by concatenation: every imported row is digested). */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + (canonicalJson(value[i]) ?? '')
    return out + ']'
  }
  let out = '{'
  for (const key of Object.keys(value).sort()) {
    const inner = (value as Record<string, unknown>)[key]
    if (inner !== undefined) out += (out === '{' ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(inner)
  }
  return out + '}'
}

/** A digest of a validated practice input's content; publication status is not content and is left out. */
export const inputDigest = (input: PracticeInput): string =>
  createHash('sha256')
    .update(canonicalJson({ ...input, published: undefined }))
    .digest('base64url')
