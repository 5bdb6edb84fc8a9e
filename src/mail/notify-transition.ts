import type { Payload } from 'payload'

import type { User } from '@/payload-types'
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
    // Without user context: the event names the actor by id only; this loads the account the practice is read as.
    const actor = await payload.findByID({ collection: 'users', id: event.actorId, depth: 0, overrideAccess: true, disableErrors: true })
    const practice = actor && (await practiceForMail(payload, event.practiceId, actor))
    if (practice) await mailTransition(payload, event, practice, actor, requestId)
  } catch (error) {
    logFailure(requestId, `The "${event.transition}" mails about practice ${event.practiceId} were not sent:`, error)
  }
}

/** notifyTransition for a practice already read, as `actor` (the event's actor) may read it. */
export async function mailTransition(payload: Payload, event: TransitionEvent, practice: PracticeForMail, actor: User, requestId = 'none'): Promise<void> {
  const recipients = await recipientsOf(payload, event, practice)
  const actorName = actor.name || actor.email
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

const logFailure = (requestId: string, what: string, error: unknown) =>
  console.error(`[${requestId}] ${what}`, error instanceof Error ? error.message : String(error))
