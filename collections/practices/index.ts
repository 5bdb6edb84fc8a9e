import type { CollectionConfig } from 'payload'

import { allow, countryChoices, isAdmin, readPersonalContact } from '@/access/collection-access'
import { createPractice, updatePractice } from '@/access/practice-access'
import { sections, wholeRecord } from '@/framework'
import { frameworkTabs, questionField } from '@/framework/payload-fields'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { confirmEndpoint } from './endpoints/confirm'
import { importEndpoint } from './endpoints/import'
import { transitionEndpoint } from './endpoints/transition'
import { applyRoundVerification } from './hooks/apply-round-verification'
import { applyWorkflowState } from './hooks/apply-workflow-state'
import { checkIndicatorMetrics } from './hooks/check-indicator-metrics'
import { checkIndicatorSources } from './hooks/check-indicator-sources'
import { clearInputDigest } from './hooks/clear-input-digest'
import { deleteReviewThread } from './hooks/delete-review-thread'
import { enforceEditorialRules } from './hooks/enforce-editorial-rules'
import { filterContactPersons } from './hooks/filter-contact-persons'
import { publishedOnlyForReaders } from './hooks/published-only-for-readers'
import { requireFieldsInDrafts } from './hooks/require-fields-in-drafts'
import { roundFields } from './round-fields'
import { workflowFields } from './workflow-fields'

const policies = { readPersonalContact, filterContactPersons, countryOptions: countryChoices('practices') }

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: collectionLabels('admin.practice', 'common.practices'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'lifecycle', 'workflowState', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    components: { edit: { beforeDocumentControls: ['/src/admin/workflow/WorkflowActions#WorkflowActions'] } },
  },
  // Drafts are validated too, so that a draft's errors are marked on the form's fields, not only named in a toast.
  // Every version is kept (maxPerDoc 0): a closed round's snapshot (round_versions) and the history refer to them.
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
  access: {
    read: allow('practices', 'read'),
    readVersions: allow('practices', 'readVersions', 'version.'),
    create: createPractice,
    update: updatePractice,
    delete: allow('practices', 'delete'),
  },
  endpoints: [importEndpoint, transitionEndpoint, confirmEndpoint],
  hooks: {
    beforeOperation: [publishedOnlyForReaders],
    beforeValidate: [requireFieldsInDrafts],
    beforeDelete: [deleteReviewThread],
    beforeChange: [enforceEditorialRules, applyWorkflowState, applyRoundVerification, checkIndicatorSources, checkIndicatorMetrics, clearInputDigest],
  },
  fields: [
    {
      // The review comments still open, above everything else (src/admin/workflow).
      name: 'openReviewComments',
      type: 'ui',
      admin: { components: { Field: '/src/admin/workflow/OpenReviewComments#OpenReviewComments' } },
    },
    {
      type: 'tabs',
      tabs: [
        { label: labelsOf('admin.record'), fields: wholeRecord.map((field) => questionField(field, policies)) },
        ...frameworkTabs(sections, policies),
      ],
    },
    ...workflowFields,
    ...roundFields,
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
