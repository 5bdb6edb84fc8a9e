import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'

import { Assessments } from './collections/assessments'
import { Countries } from './collections/countries'
import { Media } from './collections/media'
import { Organisations } from './collections/organisations'
import { Practices } from './collections/practices'
import { Users } from './collections/users'
import { emailAdapter } from '@/mail/email-adapter'
import { migrations } from '@/migrations'
import { trustedOrigins } from '@/security/deployment'
import { explainError } from '@/security/error-report'
import { withPageSizeCap } from '@/security/page-size'

const rootDir = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL,
  // Requests carrying the session cookie are accepted from these origins only (an empty list would accept any).
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    // The default avatar: Gravatar would send reviewers' e-mail hashes to a third party.
    avatar: 'default',
    components: {
      afterNavLinks: ['/src/admin/ImportNavLink#ImportNavLink', '/src/admin/MailNavLink#MailNavLink'],
      views: {
        importPractices: { Component: '/src/admin/ImportView#ImportView', path: '/import' },
        mail: { Component: '/src/admin/MailView#MailView', path: '/mail' },
      },
    },
    importMap: { baseDir: rootDir },
    meta: { titleSuffix: ' · Guidance Atlas' },
  },
  collections: [Practices, Countries, Organisations, Media, Users, Assessments].map(withPageSizeCap),
  editor: lexicalEditor(),
  // SMTP when SMTP_URL is set, else .eml files under .data/mail (README, Configuration: Mail).
  email: emailAdapter,
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Schema changes go through committed migrations only (npm run migrate:create).
    push: false,
    migrationDir: path.resolve(rootDir, 'src/migrations'),
    prodMigrations: migrations,
  }),
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'nl', label: 'Nederlands' },
      { code: 'fr', label: 'Français' },
      { code: 'de', label: 'Deutsch' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  i18n: { supportedLanguages: { en, nl, fr, de }, fallbackLanguage: 'en' },
  graphQL: { disablePlaygroundInProduction: true },
  hooks: { afterError: [explainError] },
  typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts') },
  telemetry: false,
})
