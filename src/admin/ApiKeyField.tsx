import type { UIFieldServerProps } from 'payload'

import { mayCreateApiKey } from '@/access/collection-access'
import { messagesOf } from '@/i18n/translations'

import { adminLocale } from './admin-locale'
import { ApiKeyPanel } from './ApiKeyPanel'

/** The users collection's API key field: the panel, for roles that may make keys, with its texts in the admin's language. */
export function ApiKeyField({ i18n, req }: UIFieldServerProps) {
  if (!mayCreateApiKey(req.user)) return null
  return <ApiKeyPanel t={messagesOf(adminLocale(i18n.language), 'apiKey')} />
}
