import { beforeAll } from 'vitest'

import { ApiClient } from './http'

/**
 * A draft practice for the test file that calls this at its top level, created before its tests by the demo account
 * `email` (see ApiClient.createDraft); answers its id once created.
 */
export function draftForThisFile(baseURL: string, email: string, fields: Parameters<ApiClient['createDraft']>[0]): () => number {
  let id: number | undefined
  beforeAll(async () => {
    id = await (await ApiClient.signedIn(baseURL, email)).createDraft(fields)
  })
  return () => id!
}
