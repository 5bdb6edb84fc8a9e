import type { UIFieldServerProps } from 'payload'

import { messagesOf } from '@/i18n/translations'

import { adminLocale } from './admin-locale'
import { ApiKeyPanel } from './ApiKeyPanel'

/** The users collection's API key field: the panel, with its texts in the admin's language only. */
export function ApiKeyField({ i18n }: UIFieldServerProps) {
  return <ApiKeyPanel t={messagesOf(adminLocale(i18n.language), 'apiKey')} />
}
