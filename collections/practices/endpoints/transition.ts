import type { Endpoint } from 'payload'
import { z } from 'zod'

import { Refusal } from '@/access/refusal'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { notifyTransition } from '@/mail/notify-transition'
import type { User } from '@/payload-types'
import { recordId } from '@/url-state/record-id'
import { MAX_COMMENT_LENGTH } from '@/workflow/comment-rules'
import { transitionNames, transitions } from '@/workflow/states'
import { transitionPractice } from '@/workflow/transition-practice'

const bodySchema = z.strictObject({
  transition: z.enum(transitionNames),
  comment: z.string().optional(),
  field: z.string().max(100).optional(),
})

/**
 * POST /api/practices/:id/transition with {"transition": "submit" | "withdraw" | "requestChanges" | "publish" |
 * "archive", "comment"?: text, "field"?: field key}: takes one workflow step for the signed-in user (the edit
 * view's buttons call it too). Answers 200 with the new state, or a 4xx whose message, in the user's
 * language, says why (see transitionPractice); errors go through Payload's error answer (src/security/error-report.ts).
 */
export const transitionEndpoint: Endpoint = {
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const t = translations(requestLocale(req), 'workflow')
    if (!req.user) throw new Refusal(t.errors.signIn, 401)
    const id = recordId(req.routeParams?.id)
    if (id === null) throw new Refusal(t.errors.notFound({ id: String(req.routeParams?.id) }), 404)
    let body: unknown
    try {
      body = await req.json!()
    } catch {
      throw new Refusal(t.errors.invalidJson, 400)
    }
    const parsed = bodySchema.safeParse(body)
    if (!parsed.success) throw new Refusal(t.errors.invalidBody({ names: transitionNames.join(', ') }), 400)
    if ((parsed.data.comment?.length ?? 0) > MAX_COMMENT_LENGTH) throw new Refusal(t.errors.commentTooLong({ max: MAX_COMMENT_LENGTH }), 400)

    const user = { ...(req.user as User), collection: 'users' as const }
    const event = await transitionPractice(req.payload, { practiceId: id, ...parsed.data }, user, req)
    // After the step is stored: a mail that cannot be sent is logged and never undoes the step.
    await notifyTransition(req.payload, event, req.headers.get('x-request-id') ?? undefined)
    const state = transitions[event.transition].to
    return Response.json({ id, workflowState: state, message: t.done({ state: t.states[state] }) })
  },
}
