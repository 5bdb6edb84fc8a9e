import type { Endpoint } from 'payload'

import { mayCreateApiKey } from '@/access/collection-access'
import { newApiKey, SERVER_MADE_API_KEY } from '@/security/api-keys'

const noStore = { 'cache-control': 'no-store' }

/**
 * POST /api/users/api-key: makes a new API key for the signed-in user, replacing
 * any earlier one, and answers it this once; only a keyed digest is kept for lookups.
 */
export const createApiKey: Endpoint = {
  path: '/api-key',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in to create an API key.' }] }, { status: 401, headers: noStore })
    if (!mayCreateApiKey(req.user))
      return Response.json(
        { errors: [{ message: 'Your role does not use API keys: coordinators work in the admin (and import there).' }] },
        { status: 403, headers: noStore },
      )
    const apiKey = newApiKey()
    await req.payload.update({
      collection: 'users',
      id: req.user.id,
      data: { apiKey, enableAPIKey: true },
      user: req.user,
      overrideAccess: false,
      context: { [SERVER_MADE_API_KEY]: true },
      depth: 0,
    })
    return Response.json({ apiKey, message: 'Copy this key now: it is shown once. Create a new one if it is lost.' }, { headers: noStore })
  },
}

/** Replaces Payload's "reveal API key": a key is shown once, when it is made. */
export const refuseApiKeyReveal: Endpoint = {
  path: '/:id/api-key/reveal',
  method: 'post',
  handler: () =>
    Response.json({ errors: [{ message: 'An API key is shown once, when it is made. Create a new one if it is lost.' }] }, { status: 403, headers: noStore }),
}
