/** Country names by code in one language, for the admin's practice list (read once per request). */
import 'server-only'

import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'

/** Every country's name in `locale`, by ISO code; countries are public, so this reads as an anonymous visitor. */
export const countryNames = cache(async (payload: Payload, locale: Locale): Promise<Map<string, string>> => {
  const { docs } = await payload.find({
    collection: 'countries',
    locale,
    depth: 0,
    pagination: false,
    select: { name: true },
    overrideAccess: false,
  })
  return new Map(docs.map((c) => [c.id, c.name]))
})
