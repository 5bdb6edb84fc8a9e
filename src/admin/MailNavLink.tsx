import type { I18nClient } from '@payloadcms/translations'

import type { AccessUser } from '@/access/roles'
import { translations } from '@/i18n/translations'
import { mayReadMailFiles } from '@/mail/mail-box'

import { adminLocale } from './admin-locale'

/** A link to the mail view below the collections in the admin's navigation, for admins only. */
export function MailNavLink({ i18n, user }: { i18n: I18nClient; user?: AccessUser | null }) {
  if (!mayReadMailFiles(user)) return null
  return (
    <a className="nav__link" href="/admin/mail" style={{ display: 'block', padding: '0.5rem 0' }}>
      {translations(adminLocale(i18n.language), 'mail').title}
    </a>
  )
}
