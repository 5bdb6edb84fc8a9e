import type { CollectionConfig } from 'payload'

import { allow, isAdmin, readPersonalContact } from '@/access/collection-access'
import { createPractice, updatePractice } from '@/access/practice-access'
import { sections } from '@/framework'
import { frameworkTabs } from '@/framework/payload-fields'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { importEndpoint } from './endpoints/import'
import { checkIndicatorSources } from './hooks/check-indicator-sources'
import { clearInputDigest } from './hooks/clear-input-digest'
import { enforceEditorialRules } from './hooks/enforce-editorial-rules'
import { filterContactPersons } from './hooks/filter-contact-persons'
import { publishedOnlyForReaders } from './hooks/published-only-for-readers'
import { recordTabFields } from './record-fields'

const policies = { readPersonalContact, filterContactPersons }

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: collectionLabels('admin.practice', 'common.practices'),
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
  hooks: { beforeOperation: [publishedOnlyForReaders], beforeChange: [enforceEditorialRules, checkIndicatorSources, clearInputDigest] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: labelsOf('admin.record'), fields: recordTabFields(policies) },
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
      // Load-test data is an operator's concern: only admins see the flag in the admin. It stays readable and
      // queryable (the benchmark leaves synthetic records out as an anonymous reader).
      admin: { position: 'sidebar', readOnly: true, condition: (_data, _siblingData, { user }) => isAdmin(user) },
      access: { update: () => false },
    },
  ],
}
