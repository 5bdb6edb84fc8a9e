import type { CollectionConfig } from 'payload'

import { tableAccess } from '@/access/collection-access'
import { selectOptions } from '@/framework/payload-fields'
import { validateFormat } from '@/framework/payload-validate'
import { unitOptions } from '@/framework/record'
import { metricKinds, metricStatuses, type MetricKind, type MetricStatus } from '@/framework/metric-vocabulary'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { enforceMetricRules } from './hooks/enforce-metric-rules'
import { refuseDeletingUsedMetric } from './hooks/refuse-deleting-used-metric'

const kindLabels = {
  count: 'metrics.kindCount',
  share: 'metrics.kindShare',
  rating: 'metrics.kindRating',
  duration: 'metrics.kindDuration',
  amount: 'metrics.kindAmount',
  change: 'metrics.kindChange',
} as const satisfies Record<MetricKind, string>

const statusLabels = { proposed: 'metrics.proposed', approved: 'metrics.approved' } as const satisfies Record<MetricStatus, string>

/** The vocabulary of what indicators measure (src/framework/metric-vocabulary.ts); access in src/access/permissions.ts. */
export const Metrics: CollectionConfig = {
  slug: 'metrics',
  labels: collectionLabels('metrics.metric', 'metrics.metrics'),
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'id', 'unit', 'kind', 'status'] },
  access: tableAccess('metrics'),
  hooks: { beforeChange: [enforceMetricRules], beforeDelete: [refuseDeletingUsedMetric] },
  fields: [
    {
      // The key is the record's id, so indicators store "chats", "occupationalProfiles", ... as before.
      name: 'id',
      type: 'text',
      required: true,
      label: labelsOf('metrics.key'),
      admin: { description: labelsOf('metrics.keyHelp') },
      validate: validateFormat('metricKey'),
    },
    { name: 'label', type: 'text', required: true, localized: true, label: labelsOf('metrics.label') },
    { name: 'unit', type: 'select', required: true, label: labelsOf('metrics.unit'), options: selectOptions(unitOptions) },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: labelsOf('metrics.kind'),
      options: metricKinds.map((kind) => ({ value: kind, label: labelsOf(kindLabels[kind]) })),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'proposed',
      index: true,
      label: labelsOf('metrics.status'),
      admin: { position: 'sidebar', description: labelsOf('metrics.statusHelp') },
      options: metricStatuses.map((status) => ({ value: status, label: labelsOf(statusLabels[status]) })),
    },
    {
      // Set by the server (enforceMetricRules): who proposed the metric; none for the initial vocabulary.
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: labelsOf('metrics.proposedBy'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: ({ req }) => Boolean(req.user) },
    },
  ],
}
