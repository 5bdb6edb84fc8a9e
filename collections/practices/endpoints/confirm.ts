import type { Endpoint } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { confirmPractice } from '@/rounds/confirm-practice'
import { stepRequest } from '@/rounds/step-request'

/**
 * POST /api/practices/:id/confirm: confirms the published practice unchanged in the open round (its country's
 * coordinators, admins; the progress view's button calls it). Answers 200, or a 4xx that says why (see confirmPractice).
 */
export const confirmEndpoint: Endpoint = {
  path: '/:id/confirm',
  method: 'post',
  handler: async (req) => {
    const { id, user } = await stepRequest(req, 'practiceNotFound')
    const { roundId, lastVerifiedAt } = await confirmPractice(req.payload, id, user, req)
    return Response.json({ id, verifyState: 'confirmed', roundId, lastVerifiedAt, message: translations(requestLocale(req), 'rounds').done.confirm })
  },
}
