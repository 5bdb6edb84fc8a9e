import type { ServerProps } from 'payload'

import { messagesOf } from '@/i18n/translations'

import { adminLocale } from './admin-locale'

/** The login page's logo (Payload's graphics.Logo): the mark and the site's name, which names the image too. */
export function BrandLogo({ i18n }: ServerProps) {
  const { siteName, tagline } = messagesOf(adminLocale(i18n.language), 'site')
  return (
    <span className="atlas-logo">
      <img src="/icon.svg" alt="" width={56} height={56} />
      <span>
        <span className="atlas-logo__name">{siteName}</span>
        <span className="atlas-logo__tagline">{tagline}</span>
      </span>
    </span>
  )
}
