import type { I18nClient } from '@payloadcms/translations'

import { translations } from '@/i18n/translations'

import { adminLocale } from './admin-locale'

/** A link to the import view below the collections in the admin's navigation. */
export function ImportNavLink({ i18n }: { i18n: I18nClient }) {
  return (
    <a className="nav__link" href="/admin/import" style={{ display: 'block', padding: '0.5rem 0' }}>
      {translations(adminLocale(i18n.language), 'importView').title}
    </a>
  )
}
