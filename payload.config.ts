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
import { Metrics } from './collections/metrics'
import { Organisations } from './collections/organisations'
import { Practices } from './collections/practices'
import { ReviewComments } from './collections/review-comments'
import { Rounds } from './collections/rounds'
import { Users } from './collections/users'
import { isAdmin } from '@/access/collection-access'
import { withApiTabForAdmins } from '@/admin/api-tab'
import { siteIcons } from '@/brand/site-icons'
import { withNamedLockHolders } from '@/admin/lock-holder-name'
import { catalogues } from '@/i18n/catalogues'
import { emailAdapter } from '@/mail/email-adapter'
import { REMINDERS_QUEUE, roundRemindersTask } from '@/rounds/reminders/reminders-task'
import { readReplicaUrls, trustedOrigins } from '@/security/deployment'
import { explainError } from '@/security/error-report'
import { withPageSizeCap } from '@/security/page-size'

const rootDir = path.dirname(fileURLToPath(import.meta.url))
// Payload's meta is one for every interface language: the English name and tagline.
const { siteName, tagline } = catalogues.en.site

export default buildConfig({
  serverURL: process.env.SERVER_URL,
  // Requests carrying the session cookie are accepted from these origins only (an empty list would accept any).
  csrf: trustedOrigins(),
  admin: {
    user: Users.slug,
    // The default avatar: Gravatar would send reviewers' e-mail hashes to a third party.
    avatar: 'default',
    components: {
      graphics: { Logo: '/src/admin/BrandLogo#BrandLogo', Icon: '/src/admin/BrandIcon#BrandIcon' },
      beforeDashboard: ['/src/admin/workflow/WorkflowDashboard#WorkflowDashboard'],
      afterNavLinks: ['/src/admin/review/ReviewNavLinks#ReviewNavLinks', '/src/admin/rounds/RoundsNavLink#RoundsNavLink', '/src/admin/ImportNavLink#ImportNavLink', '/src/admin/MailNavLink#MailNavLink'],
      views: {
        importPractices: { Component: '/src/admin/ImportView#ImportView', path: '/import' },
        mail: { Component: '/src/admin/MailView#MailView', path: '/mail' },
        reviewQueue: { Component: '/src/admin/review/ReviewQueueView#ReviewQueueView', path: '/review', exact: true },
        practiceDifference: { Component: '/src/admin/review/DifferenceView#DifferenceView', path: '/review/:id', exact: true },
        countryPractices: { Component: '/src/admin/review/CountryPracticesView#CountryPracticesView', path: '/my-practices', exact: true },
        roundsProgress: { Component: '/src/admin/rounds/RoundProgressView#RoundProgressView', path: '/round-progress', exact: true },
        roundProgress: { Component: '/src/admin/rounds/RoundProgressView#RoundProgressView', path: '/round-progress/:id', exact: true },
      },
    },
    importMap: { baseDir: rootDir },
    meta: {
      titleSuffix: `– ${siteName}`,
      description: tagline,
      icons: siteIcons,
      openGraph: { siteName, description: tagline },
      // Payload's generated preview image carries its own brand.
      defaultOGImageType: 'off',
    },
  },
  collections: [Practices, ReviewComments, Rounds, Countries, Organisations, Media, Users, Assessments, Metrics].map(withPageSizeCap).map(withApiTabForAdmins),
  // Background jobs: the round reminders (src/rounds/reminders). The server runs the queue every few minutes (its
  // Payload instance starts the crons); `npm run jobs` runs it once. Only admins may run or queue jobs over HTTP.
  jobs: {
    tasks: [roundRemindersTask],
    autoRun: [{ cron: '*/5 * * * *', queue: REMINDERS_QUEUE }],
    deleteJobOnComplete: true,
    access: { run: ({ req }) => isAdmin(req.user), queue: ({ req }) => isAdmin(req.user), cancel: ({ req }) => isAdmin(req.user) },
  },
  editor: lexicalEditor(),
  // SMTP when SMTP_URL is set, else .eml files under .data/mail (README, Configuration: Mail).
  email: emailAdapter,
  secret: process.env.PAYLOAD_SECRET ?? '',
  db: postgresAdapter({
    pool: { connectionString: process.env.DATABASE_URL },
    // Reads outside a transaction go to a replica, except on this instance for 2 s after its own writes (README, Deployment).
    readReplicas: readReplicaUrls().length > 0 ? readReplicaUrls() : undefined,
    // Schema changes go through committed migrations only (npm run migrate:create). They are applied by `npm start`
    // and `npm run migrate` under an advisory lock (scripts/lib/prepare-database.ts), never by the app server itself
    // (no prodMigrations): instances starting together would otherwise race, and could read the migration table from a lagging replica.
    push: false,
    migrationDir: path.resolve(rootDir, 'src/migrations'),
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
  // Types are generated on purpose (npm run payload -- generate:types, README "Adding a field"), not by every
  // Payload that starts outside production: that spawned a `payload generate:types` process beside each migrate,
  // import, export and test run, which outlived it and rewrote a source file while builds read it.
  typescript: { outputFile: path.resolve(rootDir, 'src/payload-types.ts'), autoGenerate: false },
  telemetry: false,
}).then(withNamedLockHolders)
