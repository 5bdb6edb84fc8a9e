import type { User } from '@/payload-types'

/** Who a read is made for: every query in src/data runs with this user's access rights. */
export interface Viewer {
  user: (User & { collection: 'users' }) | null
}

export const anonymousViewer: Viewer = { user: null }
