import type { I18nClient } from '@payloadcms/translations'
import type { User } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { translations } from '@/i18n/translations'
import { adminLocale } from '../admin-locale'

/** The link to the update rounds' progress in the admin's navigation, for those who may see it (admins, reviewers, coordinators). */
export function RoundsNavLink({ i18n, user }: { i18n: I18nClient; user?: User | null }) {
  if (accessResult('roundProgress', 'read', (user ?? null) as AccessUser | null) !== true) return null
  return (
    <a className="nav__link review-nav-link" href="/admin/round-progress">
      {translations(adminLocale(i18n.language), 'rounds').progress.navLink}
    </a>
  )
}
