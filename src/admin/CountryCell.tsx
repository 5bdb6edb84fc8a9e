import type { DefaultServerCellComponentProps } from 'payload'

import { countryNames } from '@/data/country-names'

import { adminLocale } from './admin-locale'

/**
 * The practices list's country column: the country's name in the admin's language, rendered on the server.
 * Payload's own relationship cell fetches names in the browser only for rows in view and shows "Loading..." for
 * the others.
 */
export async function CountryCell({ cellData, i18n, payload }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string') return null
  const names = await countryNames(payload, adminLocale(i18n.language))
  return <span>{names.get(cellData) ?? cellData}</span>
}
