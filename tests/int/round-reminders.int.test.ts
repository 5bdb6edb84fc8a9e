/**
 * The round reminders job (src/rounds/reminders) run through Payload's jobs queue with a fixed day: coordinators with
 * practices still to verify get a mail 14 and 3 days before the deadline and on it, in their language, once each,
 * through a real SMTP listener; coordinators with nothing to verify get none.
 */
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { closeRound } from '@/rounds/close-round'
import { openRound } from '@/rounds/open-round'
import { REMINDERS_QUEUE } from '@/rounds/reminders/reminders-task'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'
import { recipientOf, smtpForThisFile } from '../support/smtp-listener'

const smtp = smtpForThisFile('https://atlas.example.eu')
let payload: Payload
let admin: TestUser
let roundId: number
const addresses = { be: 'coordinator.be@example.org', beFr: 'reminder.coordinator.fr@example.org', nl: 'coordinator.nl@example.org' }

/** Every coordinator of Belgium (the demo's and this test's; other test files may have added more), by address. */
const belgianCoordinators = async () =>
  (await payload.find({ collection: 'users', where: { and: [{ roles: { contains: 'coordinator' } }, { countries: { in: ['BE'] } }] }, pagination: false, depth: 0 })).docs
    .map((u) => u.email)
    .sort()

/** Runs the job queue as the server does, on `today`; answers the mails it sent, by recipient. */
async function runJobsOn(today: string): Promise<Map<string, ParsedMail>> {
  const before = smtp().received.length
  await payload.jobs.queue({ task: 'roundReminders', input: { today }, queue: REMINDERS_QUEUE })
  await payload.jobs.run({ queue: REMINDERS_QUEUE })
  return smtp().since(before)
}

beforeAll(async () => {
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
  await payload.create({
    collection: 'users',
    data: { email: addresses.beFr, password: 'reminder-test-password-2026', roles: ['coordinator'], countries: ['BE'], language: 'fr', name: 'Coordination BE' },
  })
  const round = await payload.create({ collection: 'rounds', data: { name: 'Reminder test round', deadline: '2030-05-31T12:00:00.000Z', countries: ['BE'] } })
  roundId = round.id
  await openRound(payload, roundId, admin)
})

afterAll(async () => {
  if (payload) {
    await closeRound(payload, roundId, admin).catch(() => undefined)
    await payload.delete({ collection: 'users', where: { email: { equals: addresses.beFr } } })
    await payload.destroy()
  }
})

it('sends nothing 15 days before the deadline', async () => {
  expect((await runJobsOn('2030-05-16')).size).toBe(0)
})

it('reminds the coordinators of the round’s countries 14 days before, each in their language, once', async () => {
  const beCount = (await payload.count({ collection: 'practices', where: { country: { equals: 'BE' } }, overrideAccess: false })).totalDocs
  const mails = await runJobsOn('2030-05-17')
  expect([...mails.keys()].sort()).toEqual(await belgianCoordinators())
  expect(mails.has(addresses.be) && mails.has(addresses.beFr)).toBe(true)
  // The demo's Belgian coordinator reads Dutch.
  expect(mails.get(addresses.be)!.subject).toBe(`Herinnering: ${beCount} praktijken te controleren vóór 31 mei 2030 (ronde Reminder test round)`)
  expect(mails.get(addresses.be)!.text).toContain('eindigt op 31 mei 2030, over twee weken')
  expect(mails.get(addresses.be)!.text).toContain(`België: ${beCount} praktijken`)
  expect(mails.get(addresses.be)!.text).toContain(`https://atlas.example.eu/admin/round-progress/${roundId}`)
  expect(mails.get(addresses.beFr)!.subject).toBe(`Rappel : ${beCount} pratiques à vérifier avant le 31 mai 2030 (campagne Reminder test round)`)
  expect((await runJobsOn('2030-05-17')).size).toBe(0)
  expect((await runJobsOn('2030-05-20')).size).toBe(0)
})

it('reminds them 3 days before and on the deadline day, once each, and not after', async () => {
  const threeDays = await runJobsOn('2030-05-28')
  expect([...threeDays.keys()].sort()).toEqual(await belgianCoordinators())
  expect(threeDays.get(addresses.beFr)!.text).toContain('dans trois jours')
  expect((await runJobsOn('2030-05-29')).size).toBe(0)
  const onTheDay = await runJobsOn('2030-05-31')
  expect(onTheDay.get(addresses.beFr)!.text).toContain('se termine aujourd’hui, le 31 mai 2030')
  expect((await runJobsOn('2030-05-31')).size).toBe(0)
  expect((await runJobsOn('2030-06-01')).size).toBe(0)
  expect(smtp().received.map(recipientOf)).not.toContain(addresses.nl)
})
