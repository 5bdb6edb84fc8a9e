import type { CollectionBeforeChangeHook } from 'payload'

import { stateAfterSave } from '@/workflow/states'
import { WORKFLOW_STEP, type WorkflowStep } from '@/workflow/step-context'

/**
 * Sets the workflow fields, which no client may write (see workflow-fields.ts): a step of the
 * transition function sets its state (and, on submit, who and when); any other save follows
 * `stateAfterSave`.
 */
export const applyWorkflowState: CollectionBeforeChangeHook = ({ data, originalDoc, operation, context }) => {
  const step = context[WORKFLOW_STEP] as WorkflowStep | undefined
  if (step) {
    data.workflowState = step.to
    if (step.transition === 'submit') Object.assign(data, { submittedAt: step.at, submittedBy: step.actorId })
    return data
  }
  data.workflowState = stateAfterSave(operation === 'update' ? originalDoc?.workflowState : undefined, data._status ?? originalDoc?._status)
  return data
}
