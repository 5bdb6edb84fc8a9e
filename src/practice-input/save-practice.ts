import type { Payload, PayloadRequest } from 'payload'

import { locales } from '../framework'
import type { PracticeInput } from '../framework/practice-schema'
import { toPayloadData, translatedLocales, withRowIds, type References } from './to-payload-data'

/**
 * Creates a practice from a validated input: English first, then each translation
 * onto the same record (same array rows). Runs inside `req`'s transaction when it has one.
 */
export async function createPractice(payload: Payload, input: PracticeInput, refs: References, req: Partial<PayloadRequest>) {
  const draft = !input.published
  const created = await payload.create({
    collection: 'practices',
    locale: 'en',
    data: toPayloadData(input, 'en', refs) as never,
    draft,
    depth: 0,
    req,
    context: { bulk: true },
  })
  for (const locale of translatedLocales(input).filter((l) => locales.includes(l))) {
    await payload.update({
      collection: 'practices',
      id: created.id,
      locale,
      data: withRowIds(toPayloadData(input, locale, refs), created as unknown as Record<string, unknown>) as never,
      draft,
      depth: 0,
      req,
      context: { bulk: true },
    })
  }
  return created
}
