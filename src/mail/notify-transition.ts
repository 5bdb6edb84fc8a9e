import type { Payload } from 'payload'

import type { TransitionEvent } from '@/workflow/transition-event'

import { practiceForMail, type PracticeForMail } from './practice-for-mail'
import { transitionMail } from './transition-mail'
import { recipientsOf } from './transition-recipients'

/**
 * Mails the people a workflow step concerns (see recipientsOf), each in their own language, after the step has
 * been saved. A mail that fails is logged with the request's id and skipped: it never undoes or fails the step.
 */
export async function notifyTransition(payload: Payload, event: TransitionEvent, requestId = 'none'): Promise<void> {
  try {
    const practice = await practiceForMail(payload, event.practiceId)
    if (practice) await mailTransition(payload, event, practice, requestId)
  } catch (error) {
    logFailure(requestId, `The "${event.transition}" mails about practice ${event.practiceId} were not sent:`, error)
  }
}

/** notifyTransition for a practice already read. */
export async function mailTransition(payload: Payload, event: TransitionEvent, practice: PracticeForMail, requestId = 'none'): Promise<void> {
  const recipients = await recipientsOf(payload, event, practice)
  if (recipients.length === 0) return
  const actorName = await actorNameOf(payload, event.actorId)
  for (const recipient of recipients) {
    const mail = transitionMail(event, practice, recipient, actorName)
    if (!mail) continue
    try {
      await payload.sendEmail({ to: { name: recipient.name ?? '', address: recipient.email }, subject: mail.subject, text: mail.text })
    } catch (error) {
      logFailure(requestId, `The "${event.transition}" mail about practice ${event.practiceId} to user ${recipient.id} was not sent:`, error)
    }
  }
}

/** Read without user context: the actor's own account, which the event names by id only. */
async function actorNameOf(payload: Payload, actorId: number): Promise<string> {
  const actor = await payload.findByID({ collection: 'users', id: actorId, depth: 0, overrideAccess: true, disableErrors: true })
  return actor?.name || actor?.email || `#${actorId}`
}

const logFailure = (requestId: string, what: string, error: unknown) =>
  console.error(`[${requestId}] ${what}`, error instanceof Error ? error.message : String(error))
