import type { CollectionConfig } from 'payload'

import { allowCreateInCountry, countryChoices, tableAccess } from '@/access/collection-access'
import { countriesOf, type AccessUser } from '@/access/roles'
import { validateUrl } from '@/framework/payload-validate'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { enforceOrganisationRules } from './hooks/enforce-organisation-rules'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: collectionLabels('admin.organisation', 'common.organisations'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'website'] },
  access: { ...tableAccess('organisations'), create: allowCreateInCountry('organisations') },
  hooks: { beforeChange: [enforceOrganisationRules] },
  fields: [
    { name: 'name', type: 'text', required: true, label: labelsOf('admin.name') },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: labelsOf('admin.slugHelp') },
    },
    {
      name: 'country',
      type: 'relationship',
      relationTo: 'countries',
      label: labelsOf('common.country'),
      filterOptions: countryChoices('organisations'),
      // A coordinator's new organisation (also one made from a practice form) starts under their country.
      defaultValue: ({ user }) => countriesOf(user as AccessUser | null)[0],
    },
    { name: 'website', type: 'text', validate: validateUrl, label: labelsOf('common.website') },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: labelsOf('admin.description'),
    },
  ],
}
