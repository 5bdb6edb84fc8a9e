/** A workflow step that just happened to a practice; mails and history read it. */
export type TransitionName = 'submit' | 'withdraw' | 'requestChanges' | 'publish' | 'archive'
export interface TransitionEvent {
  transition: TransitionName
  practiceId: number
  /** The user who made the step. */
  actorId: number
  /** The reviewer's comment (requestChanges), if any. */
  comment?: string
}
