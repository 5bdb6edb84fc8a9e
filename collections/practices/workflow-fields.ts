import type { Field, FieldAccess } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { labelsOf } from '@/i18n/labels-of'
import { workflowStates } from '@/workflow/states'

/** No client writes these fields, through any door: the applyWorkflowState hook sets them. */
const serverOnly: FieldAccess = () => false
const readWorkflowDetails: FieldAccess = ({ req }) => accessResult('workflowDetails', 'read', req.user as AccessUser | null) === true

/** The editorial state of a practice and who submitted it (src/workflow). */
export const workflowFields: Field[] = [
  {
    name: 'workflowState',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: labelsOf('workflow.state'),
    options: workflowStates.map((state) => ({ value: state, label: labelsOf(`workflow.states.${state}`) })),
    access: { create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true, description: labelsOf('workflow.stateHelp') },
  },
  {
    name: 'submittedAt',
    type: 'date',
    label: labelsOf('workflow.submittedAt'),
    access: { read: readWorkflowDetails, create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'submittedBy',
    type: 'relationship',
    relationTo: 'users',
    label: labelsOf('workflow.submittedBy'),
    access: { read: readWorkflowDetails, create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
]
