import type { I18nClient } from '@payloadcms/translations'
import type { User } from 'payload'

import { hasRole, type AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { translations } from '@/i18n/translations'
import { adminLocale } from '../admin-locale'

/** Links to the reviewer's queue and the coordinator's list in the admin's navigation, each for the roles it serves. */
export function ReviewNavLinks({ i18n, user }: { i18n: I18nClient; user?: User | null }) {
  const t = translations(adminLocale(i18n.language), 'review')
  const viewer = (user ?? null) as AccessUser | null
  return (
    <>
      {accessResult('practices', 'publish', viewer) === true && (
        <a className="nav__link review-nav-link" href="/admin/review">
          {t.queueTitle}
        </a>
      )}
      {hasRole(viewer, 'coordinator') && (
        <a className="nav__link review-nav-link" href="/admin/my-practices">
          {t.countryPracticesTitle}
        </a>
      )}
    </>
  )
}
