import type { CollectionConfig } from 'payload'

import { allow, countryChoices, readPersonalContact } from '@/access/collection-access'
import { createPractice, updatePractice } from '@/access/practice-access'
import { sections, wholeRecord } from '@/framework'
import { frameworkTabs, questionField } from '@/framework/payload-fields'
import { labelsOf } from '@/i18n/labels-of'
import { importEndpoint } from './endpoints/import'
import { checkIndicatorMetrics } from './hooks/check-indicator-metrics'
import { checkIndicatorSources } from './hooks/check-indicator-sources'
import { clearInputDigest } from './hooks/clear-input-digest'
import { enforceEditorialRules } from './hooks/enforce-editorial-rules'
import { filterContactPersons } from './hooks/filter-contact-persons'
import { publishedOnlyForReaders } from './hooks/published-only-for-readers'
import { requireFieldsInDrafts } from './hooks/require-fields-in-drafts'

const policies = { readPersonalContact, filterContactPersons, countryOptions: countryChoices('practices') }

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: {
    singular: labelsOf('admin.practice'),
    plural: labelsOf('common.practices'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'lifecycle', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: allow('practices', 'read'),
    readVersions: allow('practices', 'readVersions', 'version.'),
    create: createPractice,
    update: updatePractice,
    delete: allow('practices', 'delete'),
  },
  endpoints: [importEndpoint],
  hooks: {
    beforeOperation: [publishedOnlyForReaders],
    beforeValidate: [requireFieldsInDrafts],
    beforeChange: [enforceEditorialRules, checkIndicatorSources, checkIndicatorMetrics, clearInputDigest],
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: labelsOf('admin.record'), fields: wholeRecord.map((field) => questionField(field, policies)) },
        ...frameworkTabs(sections, policies),
      ],
    },
    {
      name: 'readyForReview',
      type: 'checkbox',
      defaultValue: false,
      label: labelsOf('admin.readyForReview'),
      admin: {
        position: 'sidebar',
        description: labelsOf('admin.readyForReviewHelp'),
      },
    },
    {
      // A digest of the practice input this version was written from (see clearInputDigest), so
      // that importing the same file again can skip unchanged practices without reading them in full.
      name: 'inputDigest',
      type: 'text',
      admin: { hidden: true },
      access: { read: () => false },
    },
    {
      name: 'synthetic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: labelsOf('admin.synthetic'),
      admin: { position: 'sidebar', readOnly: true },
      access: { update: () => false },
    },
  ],
}
