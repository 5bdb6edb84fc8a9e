import type { Access, FieldAccess, FilterOptions } from 'payload'

import type { CountryFiled } from './country-rule'
import { scopesFor, type Operation, type Resource } from './permissions'
import { countriesOf, rolesOf, type AccessUser } from './roles'
import { accessResult, allowsCountry } from './where'

const userOf = (user: unknown) => user as AccessUser | null

/** One Payload access function for a resource and operation, read from the permission table. */
export const allow =
  (resource: Resource, operation: Operation, prefix = ''): Access =>
  ({ req }) =>
    accessResult(resource, operation, userOf(req.user), prefix)

/** Read, create, update and delete access for a collection whose rules need no record data. */
export const tableAccess = (resource: Resource) => ({
  read: allow(resource, 'read'),
  create: allow(resource, 'create'),
  update: allow(resource, 'update'),
  delete: allow(resource, 'delete'),
})

/** Create access for a collection filed by country: a yes or no for the country sent (see allowsCountry). */
export const allowCreateInCountry =
  (resource: CountryFiled): Access =>
  ({ req, data }) =>
    allowsCountry(resource, 'create', userOf(req.user), data?.country)

/**
 * The countries a user may choose for a record filed by country, as a relationship field's filter:
 * every country where the permission table lets the user create in any country, otherwise the user's own.
 * Writes without a user are server code (seed, import), which checks countries itself.
 */
export const countryChoices =
  (resource: CountryFiled): FilterOptions =>
  ({ req }) => {
    const user = userOf(req.user)
    return !user || scopesFor(resource, 'create', rolesOf(user)).includes('all') ? true : { id: { in: countriesOf(user) } }
  }

/** Is this user an admin in the permission table's sense (may manage users)? For what only admins see in the admin. */
export const isAdmin = (user: unknown): boolean => accessResult('users', 'create', userOf(user)) === true

/** Field access that only admins pass: for fields that grant power (roles, countries). */
export const adminOnlyField: FieldAccess = ({ req }) => isAdmin(req.user)

/** Personal data of a contact person: public when marked public, otherwise for editors only. */
export const readPersonalContact: FieldAccess = ({ req, siblingData }) =>
  siblingData?.isPublic === true || accessResult('privateContacts', 'read', userOf(req.user)) === true

/** May this user make an API key for themselves (README, "The APIs")? */
export const mayCreateApiKey = (user: unknown): boolean => accessResult('apiKeys', 'create', userOf(user)) !== false
