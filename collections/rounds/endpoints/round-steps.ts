import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { closeRound } from '@/rounds/close-round'
import { openRound } from '@/rounds/open-round'
import type { Actor } from '@/rounds/round-step'
import { stepRequest } from '@/rounds/step-request'

/**
 * POST /api/rounds/:id/{path}: takes the round step (admins). Answers 200 with the number the step counts, under
 * `count`, and its message in the user's language; or a 4xx whose message, in the user's language, says why.
 */
function roundStepEndpoint<Count extends string>(
  path: string,
  step: 'openRound' | 'closeRound',
  take: (payload: Payload, id: number, user: Actor, req: PayloadRequest) => Promise<Record<Count, number>>,
  count: Count,
): Endpoint {
  return {
    path: `/:id/${path}`,
    method: 'post',
    handler: async (req) => {
      const { id, user } = await stepRequest(req, 'roundNotFound')
      const n = (await take(req.payload, id, user, req))[count]
      return Response.json({ id, [count]: n, message: translations(requestLocale(req), 'rounds').done[step]({ n }) })
    },
  }
}

/** Opens the round: answers how many practices are to verify (see openRound). */
export const openRoundEndpoint = roundStepEndpoint('open', 'openRound', openRound, 'marked')

/** Closes the round and freezes its snapshot: answers how many practices it holds (see closeRound). */
export const closeRoundEndpoint = roundStepEndpoint('close', 'closeRound', closeRound, 'practices')
