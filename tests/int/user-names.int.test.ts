/** People are named in the admin: by their name, or by their e-mail when they have none; the lock names its holder to editors only. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let admin: TestUser

beforeAll(async () => {
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
})
afterAll(async () => {
  await payload.delete({ collection: 'users', where: { email: { like: 'unnamed-' } } })
  await payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
})

it('names an account without a name, or with only spaces, by its e-mail', async () => {
  const email = `unnamed-${Date.now()}@example.org`
  const created = await payload.create({
    collection: 'users',
    data: { email, password: 'four words make a password', roles: ['researcher'] },
    overrideAccess: false,
    user: admin,
  })
  expect(created.name).toBe(email)
  const renamed = await payload.update({ collection: 'users', id: created.id, data: { name: '  Ada, data team  ' }, overrideAccess: false, user: admin })
  expect(renamed.name).toBe('Ada, data team')
  const emptied = await payload.update({ collection: 'users', id: created.id, data: { name: '   ' }, overrideAccess: false, user: admin })
  expect(emptied.name).toBe(email)
})

it("names the lock's holder to editors and leaves researchers the bare id", async () => {
  const coordinator = await demoUser(payload, 'coordinator.be@example.org')
  const { docs } = await payload.find({ collection: 'practices', where: { slug: { equals: 'clbchat' } }, depth: 0, limit: 1 })
  const lock = await payload.create({
    collection: 'payload-locked-documents',
    data: { document: { relationTo: 'practices', value: docs[0].id }, user: { relationTo: 'users', value: coordinator.id } },
  })
  const holderAs = async (email: string) => {
    const reader = await demoUser(payload, email)
    const found = await payload.findByID({ collection: 'payload-locked-documents', id: lock.id, depth: 1, overrideAccess: false, user: reader })
    return found.user.value
  }
  expect(await holderAs('reviewer@example.org')).toEqual({ id: coordinator.id, email: 'Coordinator Belgium (demo)' })
  expect(await holderAs('researcher@example.org')).toBe(coordinator.id)
})
