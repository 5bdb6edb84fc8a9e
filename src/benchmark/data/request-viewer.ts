import 'server-only'

import { headers } from 'next/headers'

import { payloadClient } from '@/data/payload-client'
import type { Viewer } from '@/data/viewer'

/**
 * The viewer of the current request: the signed-in user (Payload's session
 * cookie or an API key, as the admin and REST use them) or anonymous.
 */
export async function requestViewer(): Promise<Viewer> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return { user: user ? ({ ...user, collection: 'users' } as Viewer['user']) : null }
}
