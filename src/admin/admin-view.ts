import type { AdminViewServerProps } from 'payload'

import type { Viewer } from '@/data/viewer'
import { adminLocale } from './admin-locale'

/** What a custom admin view reads with: the request, the admin's interface language, and who is signed in as the data layer's viewer. */
export function adminViewContext({ initPageResult }: Pick<AdminViewServerProps, 'initPageResult'>) {
  const { req } = initPageResult
  return { req, locale: adminLocale(req.i18n.language), viewer: { user: req.user } as Viewer }
}

/** The record number that follows the view's name in its address (/admin/review/:id), or null when there is none. */
export function recordIdIn(params: AdminViewServerProps['params']): number | null {
  const segments = params?.segments
  const id = Array.isArray(segments) ? Number(segments[1]) : NaN
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
