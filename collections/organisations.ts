import type { CollectionConfig } from 'payload'

import { tableAccess } from '../src/access/collection-access'
import { validateUrl } from '../src/framework/payload-fields'
import { labelsOf } from '../src/i18n/labels-of'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: {
    singular: labelsOf('admin.organisation'),
    plural: labelsOf('common.organisations'),
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'country', 'website'] },
  access: tableAccess('organisations'),
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
    { name: 'country', type: 'relationship', relationTo: 'countries', label: labelsOf('common.country') },
    { name: 'website', type: 'text', validate: validateUrl, label: labelsOf('common.website') },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: labelsOf('admin.description'),
    },
  ],
}
