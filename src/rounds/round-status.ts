/** Where a round is: created but not opened, open, or closed. */
export type RoundStatus = 'planned' | 'open' | 'closed'

export const roundStatus = (round: { opensAt?: string | null; closedAt?: string | null }): RoundStatus =>
  round.closedAt ? 'closed' : round.opensAt ? 'open' : 'planned'
