/** The permission table read as users meet it: per user, the doors (resource/operation) they may and may not pass. */
import { describe, expect, it } from 'vitest'

import type { Operation, Resource } from '@/access/permissions'
import type { AccessUser } from '@/access/roles'
import { accessResult, allowsCountry } from '@/access/where'

const user = (roles: string[], countries: string[] = []): AccessUser => ({ id: 7, roles, countries })
const anonymous = null
const coordinatorBE = user(['coordinator'], ['BE'])

/** A resource and an operation on it, as `resource/operation`. */
type Door = `${Resource}/${Operation}`

const users = { admin: user(['admin']), reviewer: user(['reviewer']), coordinator: coordinatorBE, researcher: user(['researcher']), anonymous }

/** Per user, doors of the permission table they may (`may`) and may not (`mayNot`) pass. */
const doors: Record<keyof typeof users, { may: Door[]; mayNot: Door[] }> = {
  admin: { may: ['practices/update', 'practices/withdraw', 'mailFiles/read', 'rounds/openRound'], mayNot: [] },
  reviewer: {
    may: ['practices/publish', 'practices/requestChanges', 'organisations/update', 'organisations/publish', 'reviewComments/read'],
    mayNot: ['practices/submit', 'practices/withdraw', 'practices/confirm', 'mailFiles/read', 'rounds/closeRound'],
  },
  coordinator: {
    may: ['privateContacts/read', 'rounds/read', 'roundProgress/read'],
    mayNot: ['practices/publish', 'practices/requestChanges', 'practices/archive', 'users/create', 'organisations/publish', 'organisations/delete', 'reviewComments/delete', 'rounds/create'],
  },
  researcher: { may: [], mayNot: ['practices/update', 'privateContacts/read', 'reviewComments/read', 'workflowDetails/read', 'roundProgress/read'] },
  anonymous: { may: ['countries/read', 'organisations/read'], mayNot: ['practices/create', 'users/read', 'reviewComments/read', 'mailFiles/read'] },
}

const cases = Object.entries(doors).flatMap(([who, { may, mayNot }]) => [
  ...may.map((door) => [who as keyof typeof users, door, true] as const),
  ...mayNot.map((door) => [who as keyof typeof users, door, false] as const),
])

describe('accessResult', () => {
  it.each(cases)('%s on %s: %s', (who, door, expected) => {
    const [resource, operation] = door.split('/') as [Resource, Operation]
    expect(accessResult(resource, operation, users[who])).toBe(expected)
  })

  it('limits anonymous readers to published practices', () => {
    expect(accessResult('practices', 'read', anonymous)).toEqual({ _status: { equals: 'published' } })
  })

  it('lets a coordinator read published practices and anything of their own countries', () => {
    expect(accessResult('practices', 'read', coordinatorBE)).toEqual({
      or: [{ _status: { equals: 'published' } }, { country: { in: ['BE'] } }],
    })
  })

  it('shows the public the rounds once opened, and a coordinator confirms only their own countries’ practices', () => {
    expect(accessResult('rounds', 'read', anonymous)).toEqual({ opensAt: { exists: true } })
    expect(accessResult('practices', 'confirm', coordinatorBE)).toEqual({ country: { in: ['BE'] } })
    expect(allowsCountry('practices', 'confirm', coordinatorBE, 'NL')).toBe(false)
  })

  it('constrains versions through the version fields', () => {
    expect(accessResult('practices', 'readVersions', coordinatorBE, 'version.')).toEqual({ 'version.country': { in: ['BE'] } })
  })

  it('opens to anonymous readers only the published versions of practices published now', () => {
    expect(accessResult('practices', 'readVersions', anonymous, 'version.')).toEqual({
      and: [{ 'version._status': { equals: 'published' } }, { 'parent._status': { equals: 'published' } }],
    })
  })

  it('lets a coordinator delete only unpublished records of their countries', () => {
    expect(accessResult('practices', 'delete', coordinatorBE)).toEqual({
      and: [{ country: { in: ['BE'] } }, { _status: { not_equals: 'published' } }],
    })
  })

  it('lets a coordinator edit only the organisations of their own countries', () => {
    expect(accessResult('organisations', 'update', coordinatorBE)).toEqual({ country: { in: ['BE'] } })
  })

  it('shows the public approved metrics only, and a coordinator their own proposals as well', () => {
    expect(accessResult('metrics', 'read', anonymous)).toEqual({ status: { equals: 'approved' } })
    expect(accessResult('metrics', 'read', coordinatorBE)).toEqual({ or: [{ status: { equals: 'approved' } }, { owner: { equals: 7 } }] })
    expect(accessResult('metrics', 'update', coordinatorBE)).toEqual({ and: [{ owner: { equals: 7 } }, { status: { not_equals: 'approved' } }] })
    expect(accessResult('metrics', 'publish', coordinatorBE)).toBe(false)
    expect(accessResult('metrics', 'publish', user(['reviewer']))).toBe(true)
    expect(accessResult('metrics', 'create', user(['researcher']))).toBe(false)
  })

  it('lets a coordinator submit and withdraw only the practices of their own countries', () => {
    expect(accessResult('practices', 'submit', coordinatorBE)).toEqual({ country: { in: ['BE'] } })
    expect(allowsCountry('practices', 'withdraw', coordinatorBE, 'BE')).toBe(true)
    expect(allowsCountry('practices', 'withdraw', coordinatorBE, 'NL')).toBe(false)
  })

  it('shows a coordinator the review comments on practices of their own countries only', () => {
    expect(accessResult('reviewComments', 'read', coordinatorBE)).toEqual({ 'practice.country': { in: ['BE'] } })
    expect(allowsCountry('reviewComments', 'create', coordinatorBE, 'NL')).toBe(false)
  })

  it('gives a coordinator without countries no practice to edit', () => {
    expect(accessResult('practices', 'update', user(['coordinator']))).toBe(false)
  })

  it('combines the roles of a user who holds several', () => {
    expect(accessResult('practices', 'update', user(['researcher', 'reviewer']))).toBe(true)
  })

  it('ignores unknown role names', () => {
    expect(accessResult('practices', 'update', user(['superuser']))).toBe(false)
  })
})

describe('allowsCountry', () => {
  it.each([
    ['BE', true],
    ['NL', false],
    [{ id: 'BE' }, true],
    [null, false],
  ])('a Belgian coordinator filing under %j: %s', (country, expected) => {
    expect(allowsCountry('practices', 'create', coordinatorBE, country)).toBe(expected)
  })

  it.each([
    ['BE', true],
    ['NL', false],
    [null, false],
  ])('a Belgian coordinator filing an organisation under %j: %s', (country, expected) => {
    expect(allowsCountry('organisations', 'create', coordinatorBE, country)).toBe(expected)
  })

  it('lets an admin file under any country', () => {
    expect(allowsCountry('practices', 'create', user(['admin']), 'NL')).toBe(true)
  })
})
