import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { SERVER_MADE_API_KEY } from '../../../src/security/api-keys'

/**
 * API keys are made by the server (endpoints/api-key.ts): a key sent by a
 * client, which could be short, guessed or another user's, is refused.
 * Turning a key off (an empty key) is allowed.
 */
export const refuseChosenApiKeys: CollectionBeforeChangeHook = ({ data, context }) => {
  const chosen = typeof data.apiKey === 'string' && data.apiKey !== ''
  if (chosen && context[SERVER_MADE_API_KEY] !== true) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'apiKey', message: 'API keys are made by the server: use "Create a new API key" on your account page.' }],
    })
  }
  return data
}
