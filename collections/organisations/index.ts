import type { CollectionConfig } from 'payload'

import { allowCreateInCountry, tableAccess } from '../../src/access/collection-access'
import { countriesOf, type AccessUser } from '../../src/access/roles'
import { validateUrl } from '../../src/framework/payload-fields'
import { enforceOrganisationRules } from './hooks/enforce-organisation-rules'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: { en: 'Organisation', nl: 'Organisatie', fr: 'Organisation', de: 'Organisation' },
    plural: { en: 'Organisations', nl: 'Organisaties', fr: 'Organisations', de: 'Organisationen' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'website'] },
  access: { ...tableAccess('organisations'), create: allowCreateInCountry('organisations') },
  hooks: { beforeChange: [enforceOrganisationRules] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', nl: 'Naam', fr: 'Nom', de: 'Name' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: { en: 'Stable short key, e.g. clb-network.', nl: 'Vaste korte sleutel, bv. clb-netwerk.', fr: 'Clé courte stable.', de: 'Fester kurzer Schlüssel.' } },
    },
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      label: { en: 'Country', nl: 'Land', fr: 'Pays', de: 'Land' },
      // A coordinator's new organisation (also one made from a practice form) starts under their country.
      defaultValue: ({ user }) => countriesOf(user as AccessUser | null)[0],
    },
    { name: 'website', type: 'text', validate: validateUrl, label: { en: 'Website', nl: 'Website', fr: 'Site web', de: 'Website' } },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { en: 'Description', nl: 'Beschrijving', fr: 'Description', de: 'Beschreibung' },
    },
  ],
}
