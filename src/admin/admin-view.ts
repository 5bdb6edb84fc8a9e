import type { AdminViewServerProps } from 'payload'

import type { Viewer } from '@/data/viewer'
import { recordId } from '@/url-state/record-id'
import { adminLocale } from './admin-locale'

/** What a custom admin view reads with: the request, the admin's interface language, and who is signed in as the data layer's viewer. */
export function adminViewContext({ initPageResult }: Pick<AdminViewServerProps, 'initPageResult'>) {
  const { req } = initPageResult
  return { req, locale: adminLocale(req.i18n.language), viewer: { user: req.user } as Viewer }
}

/**
 * The record number that follows the view's name in its address (/admin/review/:id): undefined when nothing follows,
 * null when what follows is not a record number (see recordId).
 */
export function recordIdIn(params: AdminViewServerProps['params']): number | null | undefined {
  const segments = params?.segments
  const given = Array.isArray(segments) ? segments[1] : undefined
  return given === undefined ? undefined : recordId(given)
}
