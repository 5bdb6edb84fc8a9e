import type { TransitionName } from './transition-event'

/** The editorial states of a practice, in the order a practice usually goes through them. */
export const workflowStates = ['draft', 'submitted', 'changesRequested', 'published', 'archived'] as const
export type WorkflowState = (typeof workflowStates)[number]

export const transitionNames = ['submit', 'withdraw', 'requestChanges', 'publish', 'archive'] as const satisfies readonly TransitionName[]

/**
 * Each step: the states it may start from and the state it leads to. Archiving takes a practice off the
 * public site (it can be published again); who may take a step is the permission table's business.
 */
export const transitions: Record<TransitionName, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ['draft', 'changesRequested'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  requestChanges: { from: ['submitted'], to: 'changesRequested' },
  publish: { from: ['submitted', 'archived'], to: 'published' },
  archive: { from: ['draft', 'submitted', 'changesRequested', 'published'], to: 'archived' },
}

export const isWorkflowState = (value: unknown): value is WorkflowState => (workflowStates as readonly unknown[]).includes(value)

/** The steps possible from a state, in the order of `transitionNames`. */
export const transitionsFrom = (state: WorkflowState): TransitionName[] => transitionNames.filter((name) => transitions[name].from.includes(state))

/**
 * The state after a save that is no workflow step (the admin's own buttons, an import, the seed):
 * publishing makes a practice published; a new draft of a published or archived practice is a draft
 * again (the public keeps the published version until the next publication); otherwise it stays.
 */
export function stateAfterSave(previous: unknown, status: unknown): WorkflowState {
  if (status === 'published') return 'published'
  if (!isWorkflowState(previous) || previous === 'published' || previous === 'archived') return 'draft'
  return previous
}
