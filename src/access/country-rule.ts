import type { PayloadRequest } from 'payload'

import { translations } from '@/i18n/translations'
import { requestLocale } from '@/i18n/request-locale'
import { Refusal } from './refusal'
import { type AccessUser, countriesOf } from './roles'
import { allowsCountry } from './where'

/** Collections whose records are filed under one country (field `country`). */
export type CountryFiled = 'practices' | 'organisations'

interface Write {
  data: { country?: unknown }
  originalDoc?: { country?: unknown }
  operation: 'create' | 'update'
  req: PayloadRequest
}

/**
 * A write made for a user leaves its record under a country the user may edit:
 * it may not file the record under another country, move it there, or remove its country.
 */
export function refuseForeignCountry(resource: CountryFiled, { data, originalDoc, operation, req }: Write): void {
  const user = req.user as AccessUser | null
  // null removes the country; undefined (not sent) keeps the stored one.
  const country = data.country === undefined ? (originalDoc?.country ?? null) : data.country
  if (allowsCountry(resource, operation, user, country)) return
  const t = translations(requestLocale(req), 'refusals')
  const own = countriesOf(user).join(', ') || t.noCountries
  throw new Refusal(resource === 'practices' ? t.ownCountriesOnlyPractices({ own }) : t.ownCountriesOnlyOrganisations({ own }), 403)
}
