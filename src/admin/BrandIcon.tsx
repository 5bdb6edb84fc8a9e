import type { ServerProps } from 'payload'

import { messagesOf } from '@/i18n/translations'

import { adminLocale } from './admin-locale'

/** The admin's small mark (Payload's graphics.Icon), in the header's link to the dashboard and the navigation. */
export function BrandIcon({ i18n }: ServerProps) {
  return <img className="atlas-icon" src="/icon.svg" alt={messagesOf(adminLocale(i18n.language), 'site').siteName} width={24} height={24} />
}
