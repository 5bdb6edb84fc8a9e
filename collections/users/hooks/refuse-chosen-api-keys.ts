import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { SERVER_MADE_API_KEY } from '@/security/api-keys'

/**
 * API keys are made by the server (endpoints/api-key.ts): a key sent by a
 * client, which could be short, guessed or another user's, is refused before
 * field access would drop it silently. Turning a key off (an empty key) is allowed.
 */
export const refuseChosenApiKeys: CollectionBeforeOperationHook = ({ args, operation, context }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const apiKey = (args.data as { apiKey?: unknown } | undefined)?.apiKey
  if (typeof apiKey === 'string' && apiKey !== '' && context[SERVER_MADE_API_KEY] !== true) {
    throw new ValidationError({
      collection: 'users',
      errors: [{ path: 'apiKey', message: 'API keys are made by the server: use "Create a new API key" on your account page, or POST /api/users/api-key.' }],
    })
  }
  return args
}
