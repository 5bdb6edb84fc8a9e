/**
 * The `context` key under which confirmPractice tells the practice's hooks that this save confirms the published
 * version unchanged in a round. Only server code sets a request's context: no REST, GraphQL or admin request can.
 */
export const ROUND_CONFIRMATION = 'roundConfirmation'

export interface RoundConfirmation {
  roundId: number
  at: string
}
