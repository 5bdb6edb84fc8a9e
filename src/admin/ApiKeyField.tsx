import type { UIFieldServerProps } from 'payload'

import { isLocale } from '@/i18n/locales'
import { messagesOf } from '@/i18n/translations'

import { ApiKeyPanel } from './ApiKeyPanel'

/** The users collection's API key field: the panel, with its texts in the admin's language only. */
export function ApiKeyField({ i18n }: UIFieldServerProps) {
  return <ApiKeyPanel t={messagesOf(isLocale(i18n.language) ? i18n.language : 'en', 'apiKey')} />
}
