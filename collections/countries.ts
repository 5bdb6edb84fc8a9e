import type { CollectionConfig } from 'payload'

import { tableAccess } from '@/access/collection-access'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { refuseUnsafeLinks } from '@/richtext/refuse-unsafe-links'

export const countryGroups = ['eu', 'eea', 'candidate', 'potentialCandidate', 'uk'] as const

export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: collectionLabels('common.country', 'common.countries'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'id', 'group'] },
  access: tableAccess('countries'),
  fields: [
    {
      // The ISO 3166-1 alpha-2 code is the record's id, so practices and users refer to "BE", "NL", ...
      name: 'id',
      type: 'text',
      required: true,
      label: labelsOf('admin.isoCode'),
      validate: (value: string | null | undefined) =>
        value && /^[A-Z]{2}$/.test(value) ? true : 'Use the two-letter ISO 3166 code in capitals, e.g. BE.',
    },
    { name: 'name', type: 'text', required: true, localized: true, label: labelsOf('admin.name') },
    {
      name: 'group',
      type: 'select',
      required: true,
      label: labelsOf('admin.group'),
      options: [
        { value: 'eu', label: labelsOf('admin.groupEu') },
        { value: 'eea', label: labelsOf('admin.groupEea') },
        { value: 'candidate', label: labelsOf('admin.groupCandidate') },
        { value: 'potentialCandidate', label: labelsOf('admin.groupPotentialCandidate') },
        { value: 'uk', label: labelsOf('admin.groupUk') },
      ] satisfies { value: (typeof countryGroups)[number]; label: Record<string, string> }[],
    },
    {
      name: 'guidanceSystem',
      type: 'richText',
      localized: true,
      hooks: { beforeValidate: [refuseUnsafeLinks] },
      label: labelsOf('admin.guidanceSystemNotes'),
    },
  ],
}
