import { getPayload, type Payload, type RequiredDataFromCollectionSlug } from 'payload'

import config from '../../payload.config'
import { demoPassword } from '../../seed/users'
import type { User } from '@/payload-types'

export const payloadForTests = (): Promise<Payload> => getPayload({ config })

export type TestUser = User & { collection: 'users' }

/** A seeded demo account, as Local API calls made for that user receive it. */
export async function demoUser(payload: Payload, email: string): Promise<TestUser> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0, limit: 1 })
  if (!docs[0]) throw new Error(`No demo user ${email}`)
  return { ...docs[0], collection: 'users' }
}

export { demoPassword }

/** Creates a draft practice with these fields as this user, with the user's rights, as the admin would. */
export const createDraftPractice = (payload: Payload, user: TestUser, data: RequiredDataFromCollectionSlug<'practices'>) =>
  payload.create({ collection: 'practices', data, draft: true, user, overrideAccess: false })
