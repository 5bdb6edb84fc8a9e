import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { Refusal } from '@/access/refusal'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'

const sameCountries = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[] | null) ?? [])].sort()) === JSON.stringify([...((b as string[] | null) ?? [])].sort())

/**
 * A closed round is a citable snapshot: nothing about it changes. An open round keeps its countries (the practices
 * marked to verify were chosen by them); its name and deadline may still change. The steps write opensAt and
 * closedAt in SQL (src/rounds), not through here.
 */
export const keepStartedRounds: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc) return data
  const t = translations(requestLocale(req), 'rounds').errors
  if (originalDoc.closedAt) throw new Refusal(t.closedIsFixed({ name: originalDoc.name }), 409)
  if (originalDoc.opensAt && 'countries' in data && !sameCountries(data.countries, originalDoc.countries)) {
    throw new Refusal(t.openScopeIsFixed({ name: originalDoc.name }), 409)
  }
  return data
}

/** Only a round never opened can be deleted: an opened one has marked practices, a closed one is a snapshot. */
export const keepStartedRoundsFromDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const round = await req.payload.findByID({ collection: 'rounds', id, depth: 0, req, disableErrors: true })
  if (round?.opensAt) throw new Refusal(translations(requestLocale(req), 'rounds').errors.startedIsKept({ name: round.name }), 409)
}
