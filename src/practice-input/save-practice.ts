import type { Payload, PayloadRequest } from 'payload'

import { locales } from '@/framework'
import type { PracticeInput } from '@/framework/practice-schema'
import { inputDigest } from './input-digest'
import { toPayloadData, translatedLocales, withRowIds, type References } from './to-payload-data'

export interface SaveOptions {
  /** Save as published (the caller has checked the user may publish); otherwise as a draft. */
  publish?: boolean
  /** Update this record instead of creating one. */
  id?: number
}

/**
 * Writes a validated practice input: English first, then each translation onto
 * the same record (same array rows). Runs inside `req`'s transaction and with
 * its user's rights when `req` has them.
 */
export async function savePractice(payload: Payload, input: PracticeInput, refs: References, req: Partial<PayloadRequest>, options: SaveOptions = {}) {
  const publish = options.publish ?? input.published
  const common = { draft: !publish, depth: 0, req, overrideAccess: !req.user, user: req.user, context: { bulk: true, inputDigest: inputDigest(input) } } as const
  const english = { ...toPayloadData(input, 'en', refs), _status: publish ? 'published' : 'draft' }
  const saved =
    options.id === undefined
      ? await payload.create({ collection: 'practices', locale: 'en', data: english as never, ...common })
      : await payload.update({ collection: 'practices', id: options.id, locale: 'en', data: english as never, ...common })
  for (const locale of translatedLocales(input).filter((l) => locales.includes(l))) {
    const translation = { ...withRowIds(toPayloadData(input, locale, refs), saved as unknown as Record<string, unknown>), _status: english._status }
    await payload.update({ collection: 'practices', id: saved.id, locale, data: translation as never, ...common })
  }
  return saved
}
