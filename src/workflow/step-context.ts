import type { TransitionName } from './transition-event'
import type { WorkflowState } from './states'

/**
 * The `context` key under which the transition function tells the practice's hooks which step is
 * being written. Only server code sets a request's context: no REST, GraphQL or admin request can.
 */
export const WORKFLOW_STEP = 'workflowStep'

export interface WorkflowStep {
  transition: TransitionName
  to: WorkflowState
  actorId: number
  at: string
}
