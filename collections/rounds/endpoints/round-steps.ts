import type { Endpoint } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { closeRound } from '@/rounds/close-round'
import { openRound } from '@/rounds/open-round'
import { stepRequest } from '@/rounds/step-request'

/**
 * POST /api/rounds/:id/open: opens the round (admins). Answers 200 with how many practices are to verify, or a 4xx
 * whose message, in the user's language, says why (see openRound).
 */
export const openRoundEndpoint: Endpoint = {
  path: '/:id/open',
  method: 'post',
  handler: async (req) => {
    const { id, user } = await stepRequest(req, 'roundNotFound')
    const { marked } = await openRound(req.payload, id, user, req)
    return Response.json({ id, marked, message: translations(requestLocale(req), 'rounds').done.openRound({ n: marked }) })
  },
}

/** POST /api/rounds/:id/close: closes the round and freezes its snapshot (admins); see closeRound. */
export const closeRoundEndpoint: Endpoint = {
  path: '/:id/close',
  method: 'post',
  handler: async (req) => {
    const { id, user } = await stepRequest(req, 'roundNotFound')
    const { practices } = await closeRound(req.payload, id, user, req)
    return Response.json({ id, practices, message: translations(requestLocale(req), 'rounds').done.closeRound({ n: practices }) })
  },
}
