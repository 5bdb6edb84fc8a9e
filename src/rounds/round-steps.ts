/** The steps of a yearly update round (src/rounds), as operations of the permission table. */
export type RoundStepName = 'openRound' | 'closeRound' | 'confirm'

/** The verification state of a practice in the open round: set by opening, confirming and publishing. */
export const verifyStates = ['toVerify', 'confirmed', 'updated'] as const
export type VerifyState = (typeof verifyStates)[number]
