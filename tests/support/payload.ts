import { getPayload, type Payload } from 'payload'

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
