import type { Where } from 'payload'

import { type Operation, type Resource, scopesFor, type Scope } from './permissions'
import { type AccessUser, countriesOf, rolesOf } from './roles'

/**
 * Turns the scopes a user holds into Payload's access answer: true, false, or a
 * query constraint. `prefix` is 'version.' when the constraint applies to the
 * versions table.
 */
export function accessResult(
  resource: Resource,
  operation: Operation,
  user: AccessUser | null | undefined,
  prefix = '',
): boolean | Where {
  const scopes = scopesFor(resource, operation, rolesOf(user))
  if (scopes.includes('all')) return true
  const constraints = scopes
    .filter((s): s is Exclude<Scope, 'all' | 'none'> => s !== 'none' && s !== 'all')
    .map((s) => constraintFor(s, user, prefix))
    .filter((w): w is Where => w !== false)
  if (constraints.length === 0) return false
  return constraints.length === 1 ? constraints[0] : { or: constraints }
}

function constraintFor(scope: Exclude<Scope, 'all' | 'none'>, user: AccessUser | null | undefined, prefix: string): Where | false {
  const published: Where = { [`${prefix}_status`]: { equals: 'published' } }
  const countries = countriesOf(user)
  const ownCountries: Where | false = countries.length > 0 ? { [`${prefix}country`]: { in: countries } } : false
  const own: Where | false = user ? { [`${prefix}owner`]: { equals: user.id } } : false
  const approved: Where = { [`${prefix}status`]: { equals: 'approved' } }
  switch (scope) {
    case 'published':
      return published
    case 'ownCountries':
      return ownCountries
    case 'publishedOrOwnCountries':
      return ownCountries ? { or: [published, ownCountries] } : published
    case 'ownCountriesDrafts':
      return ownCountries ? { and: [ownCountries, { [`${prefix}_status`]: { not_equals: 'published' } }] } : false
    case 'self':
      return user ? { id: { equals: user.id } } : false
    case 'own':
      return own
    case 'publicHistory':
      // An archived practice (no longer published) keeps its history to itself.
      return { and: [published, { 'parent._status': { equals: 'published' } }] }
    case 'ownCountriesPractice':
      return countries.length > 0 ? { [`${prefix}practice.country`]: { in: countries } } : false
    case 'ownOrSharedWithOwnCountries': {
      const shared: Where | false = countries.length > 0 ? { [`${prefix}sharedCountry`]: { in: countries } } : false
      return own && shared ? { or: [own, shared] } : own || shared
    }
    case 'approved':
      return approved
    case 'approvedOrOwn':
      return own ? { or: [approved, own] } : approved
    case 'opened':
      return { [`${prefix}opensAt`]: { exists: true } }
    case 'ownProposals':
      return own ? { and: [own, { [`${prefix}status`]: { not_equals: 'approved' } }] } : false
  }
}

/** May this user read unpublished versions of some practice (drafts), as opposed to the public history only? */
export const mayReadDrafts = (user: AccessUser | null | undefined): boolean =>
  scopesFor('practices', 'readVersions', rolesOf(user)).some((s) => s !== 'none' && s !== 'publicHistory')

/** For operations that must be a plain yes or no (create, publish): is any scope granted that covers this country? */
export function allowsCountry(resource: Resource, operation: Operation, user: AccessUser | null | undefined, country: unknown): boolean {
  const scopes = scopesFor(resource, operation, rolesOf(user))
  if (scopes.includes('all')) return true
  if (!scopes.some((s) => s === 'ownCountries' || s === 'publishedOrOwnCountries' || s === 'ownCountriesDrafts' || s === 'ownCountriesPractice')) return false
  // Without data (the admin asking whether to show "Create new"), the answer is yes; the write itself is checked with data.
  if (country === undefined) return true
  const code = typeof country === 'object' && country !== null && 'id' in country ? (country as { id: unknown }).id : country
  return typeof code === 'string' && countriesOf(user).includes(code)
}
