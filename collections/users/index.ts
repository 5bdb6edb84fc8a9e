import type { CollectionConfig, FieldAccess } from 'payload'

import { allow, adminOnlyField, tableAccess } from '@/access/collection-access'
import { roles } from '@/access/roles'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { localeNames, locales } from '@/i18n/locales'
import { servedOverHttps } from '@/security/deployment'
import { SERVER_MADE_API_KEY } from '@/security/api-keys'
import { createApiKey, refuseApiKeyReveal } from './endpoints/api-key'
import { checkNewPassword } from './hooks/check-new-password'
import { nameOrEmail } from './hooks/name-or-email'
import { refuseChosenApiKeys } from './hooks/refuse-chosen-api-keys'

const serverWritesApiKey: FieldAccess = ({ req }) => req.context?.[SERVER_MADE_API_KEY] === true

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('admin.user', 'admin.users'),
  auth: {
    useAPIKey: true,
    // Payload's own lockout would tell attackers which accounts exist and let anyone lock any account:
    // failed logins are limited per account and client instead (app/(payload)/api/users/login).
    maxLoginAttempts: 0,
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
  },
  endpoints: [createApiKey, refuseApiKeyReveal],
  hooks: { beforeOperation: [checkNewPassword, refuseChosenApiKeys] },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles', 'countries'] },
  access: {
    ...tableAccess('users'),
    // Anyone holding a role may open the admin panel; what they see there is limited by the rules above.
    admin: ({ req }) => Array.isArray(req.user?.roles) && req.user.roles.length > 0,
    unlock: allow('users', 'create'),
  },
  fields: [
    {
      // Payload's own API key field, with the rule that only the server's key endpoint writes it; its admin block
      // (which makes keys in the browser) is then hidden, and ApiKeyField takes its place.
      name: 'apiKey',
      type: 'text',
      access: { read: () => false, create: serverWritesApiKey, update: serverWritesApiKey },
    },
    {
      name: 'apiKeyPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/src/admin/ApiKeyField#ApiKeyField' } },
    },
    {
      name: 'name',
      type: 'text',
      label: labelsOf('admin.name'),
      admin: { description: labelsOf('admin.nameHelp') },
      hooks: { beforeValidate: [nameOrEmail] },
    },
    {
      // Each user may set their own (users update 'self'): the language of the mails they receive.
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      label: labelsOf('common.language'),
      options: locales.map((l) => ({ value: l, label: localeNames[l] })),
      admin: { description: labelsOf('admin.mailLanguage') },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['researcher'],
      saveToJWT: true,
      label: labelsOf('admin.roles'),
      options: roles.map((r) => ({ value: r, label: r })),
      access: { create: adminOnlyField, update: adminOnlyField },
    },
    {
      name: 'countries',
      type: 'relationship',
      relationTo: 'countries',
      hasMany: true,
      saveToJWT: true,
      label: labelsOf('common.countries'),
      admin: {
        description: labelsOf('admin.coordinatorCountries'),
      },
      access: { create: adminOnlyField, update: adminOnlyField },
    },
  ],
}
