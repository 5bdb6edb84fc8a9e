import type { CollectionConfig, Validate } from 'payload'

import { selectOptions } from '@/framework/payload-fields'
import { MAX_PEERS, NAME_MAX_LENGTH } from '@/benchmark/answer-limits'
import { assessableSections } from '@/benchmark/elements'
import { policyStageQuestion } from '@/benchmark/policy-stage'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { createAssessment, deleteAssessment, readAssessment, updateAssessment } from './access'
import { checkSharing } from './hooks/check-sharing'
import { setServerOwnedFields } from './hooks/set-server-owned-fields'
import { validateAnswers } from './hooks/validate-answers'

/** Server-owned fields are set by a hook; Payload's own relationship check would read them with the writer's rights. */
const setByServer: Validate = () => true

const published = { _status: { equals: 'published' } } as const

/** Benchmark self-assessments (PRODUCT.md §2; issue 5). Read and written through src/benchmark/data/ by the pages. */
export const Assessments: CollectionConfig = {
  slug: 'assessments',
  labels: collectionLabels('admin.selfAssessment', 'admin.selfAssessments'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'practice', 'owner', 'updatedAt'] },
  access: { read: readAssessment, create: createAssessment, update: updateAssessment, delete: deleteAssessment },
  hooks: { beforeChange: [setServerOwnedFields, checkSharing, validateAnswers] },
  fields: [
    { name: 'name', type: 'text', maxLength: NAME_MAX_LENGTH, label: labelsOf('admin.name') },
    {
      name: 'practice',
      type: 'relationship',
      relationTo: 'practices',
      filterOptions: published,
      label: labelsOf('benchmark.assessing'),
    },
    {
      name: 'peers',
      type: 'relationship',
      relationTo: 'practices',
      hasMany: true,
      maxRows: MAX_PEERS,
      filterOptions: published,
      label: labelsOf('admin.peerPractices'),
    },
    {
      name: 'sections',
      type: 'select',
      hasMany: true,
      required: true,
      options: assessableSections.map((s) => ({ value: s.key, label: s.title })),
      label: labelsOf('admin.sectionsAssessed'),
    },
    { name: 'policyStage', type: 'select', options: selectOptions(policyStageQuestion.options), label: policyStageQuestion.label },
    {
      name: 'answers',
      type: 'json',
      required: true,
      defaultValue: {},
      label: labelsOf('admin.answers'),
      admin: {
        description: labelsOf('admin.answersHelp'),
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      validate: setByServer,
      label: labelsOf('admin.owner'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'sharedCountry',
      type: 'relationship',
      relationTo: 'countries',
      index: true,
      label: labelsOf('admin.sharedWith'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'previous',
      type: 'relationship',
      relationTo: 'assessments',
      validate: setByServer,
      label: labelsOf('admin.follows'),
      admin: { position: 'sidebar', readOnly: true },
    },
    // SHA-256 of the private link's token (src/benchmark/private-link.ts); never leaves the server.
    { name: 'tokenHash', type: 'text', hidden: true, unique: true, index: true },
  ],
}
