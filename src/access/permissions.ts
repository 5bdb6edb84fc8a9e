import type { RoundStepName } from '@/rounds/round-steps'
import type { TransitionName } from '@/workflow/transition-event'
import type { Viewer } from './roles'

/**
 * How far a permission reaches:
 * - all / none
 * - published: published practices only
 * - publishedOrOwnCountries: published practices, plus any record of the user's countries
 * - ownCountries: records whose country is one of the user's countries
 * - ownCountriesDrafts: as ownCountries, and never published
 * - self: the user's own account
 * - own: records the user owns (field `owner`)
 * - ownOrSharedWithOwnCountries: as own, plus records shared with one of the user's countries (field `sharedCountry`)
 * - approved: vocabulary entries a reviewer approved (field `status`)
 * - approvedOrOwn: as approved, plus the user's own proposals
 * - ownProposals: the user's own entries still awaiting approval
 * - ownCountriesPractice: records about a practice of the user's countries (field `practice`)
 * - publicHistory: versions only: the published versions of practices published now (their public history)
 * - opened: rounds that have been opened (field `opensAt` set), whether still open or closed
 */
export type Scope =
  | 'all'
  | 'none'
  | 'published'
  | 'publishedOrOwnCountries'
  | 'ownCountries'
  | 'ownCountriesDrafts'
  | 'self'
  | 'own'
  | 'ownOrSharedWithOwnCountries'
  | 'approved'
  | 'approvedOrOwn'
  | 'ownProposals'
  | 'ownCountriesPractice'
  | 'publicHistory'
  | 'opened'

/**
 * `publish` is a change the public sees at once: for practices, saving a published version;
 * for organisations, changing one that a published practice shows; for metrics, approving one.
 * The other workflow steps of a practice (src/workflow) are operations of their own.
 */
export type Operation = 'read' | 'readVersions' | 'create' | 'update' | 'delete' | TransitionName | RoundStepName

/**
 * Things a permission is about: the collections, plus private contact data inside practices and the
 * workflow's details on a practice (who submitted it, when), the mails the app wrote to files (no SMTP server),
 * which admins read in the admin, and the making of API keys.
 */
export type Resource =
  | 'practices'
  | 'privateContacts'
  | 'workflowDetails'
  | 'reviewComments'
  | 'countries'
  | 'organisations'
  | 'media'
  | 'users'
  | 'assessments'
  | 'metrics'
  | 'apiKeys'
  | 'mailFiles'
  | 'rounds'
  | 'roundProgress'

type Row = Record<Viewer, Scope>
const nobody: Row = { admin: 'none', reviewer: 'none', coordinator: 'none', researcher: 'none', anonymous: 'none' }
const adminOnly: Row = { ...nobody, admin: 'all' }
const everyone: Row = { admin: 'all', reviewer: 'all', coordinator: 'all', researcher: 'all', anonymous: 'all' }
const editors: Row = { ...nobody, admin: 'all', reviewer: 'all', coordinator: 'all' }
const reviewers: Row = { ...nobody, admin: 'all', reviewer: 'all' }
const countryEditors: Row = { ...reviewers, coordinator: 'ownCountries' }
const countryCoordinators: Row = { ...adminOnly, coordinator: 'ownCountries' }
// A review thread is read and written by the reviewers and the coordinators of the practice's country.
const reviewThread: Row = { ...reviewers, coordinator: 'ownCountriesPractice' }
// Admins reach every record; other signed-in users only their own account or their own records.
const selfOnly: Row = { admin: 'all', reviewer: 'self', coordinator: 'self', researcher: 'self', anonymous: 'none' }
const ownOnly: Row = { admin: 'all', reviewer: 'own', coordinator: 'own', researcher: 'own', anonymous: 'none' }

/**
 * The one permission table: role × resource × operation (PRODUCT.md §3).
 * Access functions in collections/ are built from it; tests/int/access.int.test.ts checks it through every door.
 */
export const permissions: Record<Resource, Partial<Record<Operation, Row>>> = {
  practices: {
    read: { admin: 'all', reviewer: 'all', coordinator: 'publishedOrOwnCountries', researcher: 'published', anonymous: 'published' },
    // Everyone reads the published versions of published practices: their history and stable version pages.
    readVersions: { ...countryEditors, researcher: 'publicHistory', anonymous: 'publicHistory' },
    create: countryEditors,
    update: countryEditors,
    delete: { ...reviewers, coordinator: 'ownCountriesDrafts' },
    publish: reviewers,
    submit: countryCoordinators,
    withdraw: countryCoordinators,
    requestChanges: reviewers,
    archive: reviewers,
    // Confirming a published practice unchanged in an open round (src/rounds).
    confirm: countryCoordinators,
  },
  // Names, e-mails and phones of contact persons not marked public.
  privateContacts: { read: editors },
  // Who submitted a practice and when; set by the server only.
  workflowDetails: { read: editors },
  // Never public, never in exports or the open-data files. Only the resolved flag changes after writing (see the collection).
  reviewComments: { read: reviewThread, create: reviewThread, update: reviewThread, delete: adminOnly },
  countries: { read: everyone, create: adminOnly, update: reviewers, delete: adminOnly },
  // Organisations are filed by country (field `country`); those without one are for reviewers.
  organisations: { read: everyone, create: countryEditors, update: countryEditors, delete: reviewers, publish: reviewers },
  media: { read: everyone, create: editors, update: editors, delete: reviewers },
  users: {
    read: selfOnly,
    create: adminOnly,
    update: selfOnly,
    delete: adminOnly,
  },
  // API keys for scripts (README, "The APIs"), each user their own. Coordinators work in the admin and import there
  // or with `npm run import -- --as`, so they get none.
  apiKeys: { create: { ...nobody, admin: 'self', reviewer: 'self', researcher: 'self' } },
  // Benchmark self-assessments. Those made without an account are reached only through their private link,
  // which collections/assessments checks on top of this table; no role can list them.
  assessments: {
    read: { admin: 'all', reviewer: 'own', coordinator: 'ownOrSharedWithOwnCountries', researcher: 'own', anonymous: 'none' },
    create: { ...nobody, admin: 'all', reviewer: 'all', coordinator: 'all', researcher: 'all' },
    update: ownOnly,
    delete: ownOnly,
  },
  // The vocabulary of indicator metrics, kept by reviewers. A coordinator proposes a metric (it stays
  // `proposed` until a reviewer approves it) and may use it on their own drafts meanwhile.
  metrics: {
    read: { admin: 'all', reviewer: 'all', coordinator: 'approvedOrOwn', researcher: 'approved', anonymous: 'approved' },
    create: editors,
    update: { ...reviewers, coordinator: 'ownProposals' },
    delete: { ...reviewers, coordinator: 'ownProposals' },
    publish: reviewers,
  },
  // Yearly update rounds (src/rounds). The public reads rounds once opened (name and dates; the countries in scope
  // are roundProgress) because public pages say in which round a practice was last verified, which may be the open one.
  rounds: {
    read: { admin: 'all', reviewer: 'all', coordinator: 'all', researcher: 'opened', anonymous: 'opened' },
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
    openRound: adminOnly,
    closeRound: adminOnly,
  },
  // Where a round stands: the countries in its scope, each practice's verification state and its round.
  roundProgress: { read: editors },
  // Anyone's mails (password resets, workflow steps): admins only.
  mailFiles: { read: adminOnly },
}

/** The scopes a viewer holding several roles gets: one per role. */
export function scopesFor(resource: Resource, operation: Operation, viewers: readonly Viewer[]): Scope[] {
  const row = permissions[resource][operation] ?? nobody
  return viewers.map((v) => row[v])
}
