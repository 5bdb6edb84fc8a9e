import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import { Refusal } from '@/access/refusal'
import type { AccessUser } from '@/access/roles'
import { accessResult, allowsCountry } from '@/access/where'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import type { User } from '@/payload-types'
import { transactionDb } from '@/practice-input/practice-rows'
import { MAX_COMMENT_LENGTH } from './comment-rules'
import { isWorkflowState, transitions } from './states'
import { WORKFLOW_STEP, type WorkflowStep } from './step-context'
import type { TransitionEvent, TransitionName } from './transition-event'

export interface TransitionRequest {
  practiceId: number
  transition: TransitionName
  /** Required for requestChanges; for any step, written to the practice's review thread. */
  comment?: string
  /** The key of the field the comment is about (checked by the review-comments collection). */
  field?: string
}

type Actor = User & { collection: 'users' }

/**
 * Takes one workflow step on a practice for `user`, or refuses with a Refusal whose status says why
 * (403 not allowed, 400 no comment, 404 not visible, 409 not from the current state). The state change
 * and the comment are written in one transaction: both or neither. Publishing and archiving go through
 * Payload's own publication (the document table holds the public version); the other steps write a new
 * draft version. Sends nothing: the caller gets the event to announce.
 */
export async function transitionPractice(payload: Payload, step: TransitionRequest, user: Actor, given?: PayloadRequest): Promise<TransitionEvent> {
  const req = given ?? (await createLocalReq({ user }, payload))
  const locale = requestLocale(req)
  const t = translations(locale, 'workflow')
  const action = t.actions[step.transition]
  const comment = step.comment?.trim() || undefined
  const actor = user as AccessUser

  if (accessResult('practices', step.transition, actor) === false) throw new Refusal(t.errors.roleMayNot({ action }), 403)
  if (step.transition === 'requestChanges' && !comment) throw new Refusal(t.errors.commentRequired, 400)
  if (comment && comment.length > MAX_COMMENT_LENGTH) throw new Refusal(t.errors.commentTooLong({ max: MAX_COMMENT_LENGTH }), 400)

  const asUser = { overrideAccess: false, user, req, depth: 0 } as const
  const ownTransaction = await initTransaction(req)
  try {
    // Steps on one practice wait for each other: the second of two reviewers publishing at once reads the state the first left (409).
    await (await transactionDb(payload, req)).execute(sql`SELECT id FROM practices WHERE id = ${step.practiceId} FOR UPDATE`)
    const practice = await payload.findByID({ collection: 'practices', id: step.practiceId, draft: true, disableErrors: true, ...asUser })
    if (!practice) throw new Refusal(t.errors.notFound({ id: step.practiceId }), 404)
    const country = typeof practice.country === 'object' ? practice.country.id : practice.country
    if (!allowsCountry('practices', step.transition, actor, country)) {
      const { name } = await payload.findByID({ collection: 'countries', id: country, locale, depth: 0, req })
      throw new Refusal(t.errors.notAllowed({ action, country: name }), 403)
    }
    const state = isWorkflowState(practice.workflowState) ? practice.workflowState : 'draft'
    const { from, to } = transitions[step.transition]
    if (!from.includes(state)) throw new Refusal(t.errors.notFromState({ action, state: t.states[state] }), 409)

    const context = { [WORKFLOW_STEP]: { transition: step.transition, to, actorId: user.id, at: new Date().toISOString() } satisfies WorkflowStep }
    await payload.update({ collection: 'practices', id: practice.id, ...publication(step.transition), context, ...asUser })
    if (comment) await payload.create({ collection: 'review-comments', data: { practice: practice.id, body: comment, field: step.field }, ...asUser })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  return { transition: step.transition, practiceId: step.practiceId, actorId: user.id, ...(comment ? { comment } : {}) }
}

/** How a step is saved: publishing publishes the latest draft, archiving unpublishes; the rest save a draft version. */
function publication(transition: TransitionName) {
  if (transition === 'publish') return { data: { _status: 'published' as const }, draft: false }
  if (transition === 'archive') return { data: { _status: 'draft' as const }, draft: false }
  return { data: {}, draft: true }
}
