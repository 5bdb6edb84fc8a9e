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

/**
 * `publish` is a change the public sees at once: for practices, saving a published version;
 * for organisations, changing one that a published practice shows.
 */
export type Operation = 'read' | 'readVersions' | 'create' | 'update' | 'delete' | 'publish'

/**
 * Things a permission is about: the collections, plus private contact data inside practices and the mails the app
 * wrote to files (no SMTP server), which admins read in the admin.
 */
export type Resource = 'practices' | 'privateContacts' | 'countries' | 'organisations' | 'media' | 'users' | 'assessments' | 'mailFiles'

type Row = Record<Viewer, Scope>
const nobody: Row = { admin: 'none', reviewer: 'none', coordinator: 'none', researcher: 'none', anonymous: 'none' }
const adminOnly: Row = { ...nobody, admin: 'all' }
const everyone: Row = { admin: 'all', reviewer: 'all', coordinator: 'all', researcher: 'all', anonymous: 'all' }
const editors: Row = { ...nobody, admin: 'all', reviewer: 'all', coordinator: 'all' }
const reviewers: Row = { ...nobody, admin: 'all', reviewer: 'all' }
const countryEditors: Row = { ...reviewers, coordinator: 'ownCountries' }

/**
 * The one permission table: role × resource × operation (PRODUCT.md §3).
 * Access functions in collections/ are built from it; tests/int/access.int.test.ts checks it through every door.
 */
export const permissions: Record<Resource, Partial<Record<Operation, Row>>> = {
  practices: {
    read: { admin: 'all', reviewer: 'all', coordinator: 'publishedOrOwnCountries', researcher: 'published', anonymous: 'published' },
    readVersions: countryEditors,
    create: countryEditors,
    update: countryEditors,
    delete: { ...reviewers, coordinator: 'ownCountriesDrafts' },
    publish: reviewers,
  },
  // Names, e-mails and phones of contact persons not marked public.
  privateContacts: { read: editors },
  countries: { read: everyone, create: adminOnly, update: reviewers, delete: adminOnly },
  // Organisations are filed by country (field `country`); those without one are for reviewers.
  organisations: { read: everyone, create: countryEditors, update: countryEditors, delete: reviewers, publish: reviewers },
  media: { read: everyone, create: editors, update: editors, delete: reviewers },
  users: {
    read: { admin: 'all', reviewer: 'self', coordinator: 'self', researcher: 'self', anonymous: 'none' },
    create: adminOnly,
    update: { admin: 'all', reviewer: 'self', coordinator: 'self', researcher: 'self', anonymous: 'none' },
    delete: adminOnly,
  },
  // Benchmark self-assessments. Those made without an account are reached only through their private link,
  // which collections/assessments checks on top of this table; no role can list them.
  assessments: {
    read: { admin: 'all', reviewer: 'own', coordinator: 'ownOrSharedWithOwnCountries', researcher: 'own', anonymous: 'none' },
    create: { ...nobody, admin: 'all', reviewer: 'all', coordinator: 'all', researcher: 'all' },
    update: { admin: 'all', reviewer: 'own', coordinator: 'own', researcher: 'own', anonymous: 'none' },
    delete: { admin: 'all', reviewer: 'own', coordinator: 'own', researcher: 'own', anonymous: 'none' },
  },
  // Anyone's mails (password resets, workflow steps): admins only.
  mailFiles: { read: adminOnly },
}

/** The scopes a viewer holding several roles gets: one per role. */
export function scopesFor(resource: Resource, operation: Operation, viewers: readonly Viewer[]): Scope[] {
  const row = permissions[resource][operation] ?? nobody
  return viewers.map((v) => row[v])
}
