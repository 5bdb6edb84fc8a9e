/**
 * Workflow mails through a real SMTP listener (SMTP_URL): who receives which step, in which language, with the
 * reviewer's comment and a link that opens the practice; a server that is down loses the mail, not the step.
 */
import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { demoUser, payloadForTests, type TestUser } from '../support/payload'
import { smtpForThisFile, startSmtpListener } from '../support/smtp-listener'
import { mailTransition, notifyTransition } from '@/mail/notify-transition'
import { practiceForMail, type PracticeForMail } from '@/mail/practice-for-mail'

const SERVER_URL = 'https://atlas.example.eu'
const smtp = smtpForThisFile(SERVER_URL)
let payload: Payload
let practiceId: number
const users = {} as Record<'reviewerBeFr' | 'reviewerNl' | 'coordinatorNl' | 'demoReviewer', TestUser>

const account = async (email: string, data: { roles: ('reviewer' | 'coordinator')[]; countries: string[]; language: 'fr' | 'nl'; name: string }) => ({
  ...(await payload.create({ collection: 'users', data: { email, password: 'mail-test-password-2026', ...data } })),
  collection: 'users' as const,
})

const linkIn = (mail: ParsedMail) => mail.text?.match(/https?:\/\/\S+/)?.[0]

beforeAll(async () => {
  payload = await payloadForTests()
  users.reviewerBeFr = await account('mail.reviewer.be@example.org', { roles: ['reviewer'], countries: ['BE'], language: 'fr', name: 'Camille Relecture' })
  users.reviewerNl = await account('mail.reviewer.nl@example.org', { roles: ['reviewer'], countries: ['NL'], language: 'nl', name: 'Reviewer NL' })
  users.coordinatorNl = await account('mail.coordinator@example.org', { roles: ['coordinator'], countries: ['BE'], language: 'nl', name: 'Jan Coördinator' })
  users.demoReviewer = await demoUser(payload, 'reviewer@example.org')
  const as = { user: users.coordinatorNl, overrideAccess: false as const, draft: true as const }
  const practice = await payload.create({
    collection: 'practices',
    data: { title: 'Mail test practice', slug: 'mail-test-practice', country: 'BE', originalLanguage: 'nl' },
    ...as,
  })
  practiceId = practice.id
  await payload.update({ collection: 'practices', id: practiceId, data: { title: 'Pratique de test des e-mails' }, locale: 'fr', ...as })
  await payload.update({ collection: 'practices', id: practiceId, data: { title: 'Testpraktijk voor e-mail' }, locale: 'nl', ...as })
})

afterAll(async () => {
  if (payload) {
    await payload.delete({ collection: 'practices', where: { slug: { equals: 'mail-test-practice' } } })
    await payload.delete({ collection: 'users', where: { email: { like: 'mail.%@example.org' } } })
    await payload.destroy()
  }
})

describe('a submission', () => {
  it('reaches the reviewers responsible for the country, each in their language, with a link that opens the practice', async () => {
    const before = smtp().received.length
    await notifyTransition(payload, { transition: 'submit', practiceId, actorId: users.coordinatorNl.id })
    const mails = smtp().since(before)

    // The Belgian reviewer (French) and the reviewer without countries (responsible for all); not the Dutch one,
    // not the coordinator who submitted.
    expect([...mails.keys()].sort()).toEqual(['mail.reviewer.be@example.org', 'reviewer@example.org'])
    const french = mails.get('mail.reviewer.be@example.org')!
    expect(french.subject).toBe('À relire : Pratique de test des e-mails')
    expect(french.text).toContain('Jan Coördinator a soumis « Pratique de test des e-mails » (Belgique) pour relecture.')
    expect(french.from?.value).toEqual([{ name: 'Guidance Atlas', address: 'no-reply@localhost' }])
    expect(mails.get('reviewer@example.org')!.subject).toBe('To review: Mail test practice')

    const link = linkIn(french)!
    expect(link).toBe(`${SERVER_URL}/admin/collections/practices/${practiceId}`)
    // The id the link carries opens the submitted draft for the reviewer.
    const opened = await payload.findByID({
      collection: 'practices',
      id: Number(new URL(link).pathname.split('/').at(-1)),
      draft: true,
      locale: 'fr',
      user: users.reviewerBeFr,
      overrideAccess: false,
    })
    expect(opened.title).toBe('Pratique de test des e-mails')
  })
})

describe('the reviewer’s answer', () => {
  // The workflow branch stores `submittedBy`; here the practice as the mail reads it gets it directly.
  const submitted = async (): Promise<PracticeForMail> => ({
    ...(await practiceForMail(payload, practiceId, users.reviewerBeFr))!,
    submittedBy: users.coordinatorNl.id,
  })

  it('asks the submitting coordinator for changes in Dutch, quoting the comment', async () => {
    const before = smtp().received.length
    const comment = 'Voeg de bron toe voor het aantal gesprekken.\nEn vul de regio in.'
    await mailTransition(payload, { transition: 'requestChanges', practiceId, actorId: users.reviewerBeFr.id, comment }, await submitted(), users.reviewerBeFr)
    const mails = smtp().since(before)

    expect([...mails.keys()]).toEqual(['mail.coordinator@example.org'])
    const mail = mails.get('mail.coordinator@example.org')!
    expect(mail.subject).toBe('Wijzigingen gevraagd: Testpraktijk voor e-mail')
    expect(mail.text).toContain('Opmerking van de reviewer:\n\n> Voeg de bron toe voor het aantal gesprekken.\n> En vul de regio in.')
    expect(linkIn(mail)).toBe(`${SERVER_URL}/admin/collections/practices/${practiceId}`)
  })

  it('tells the submitting coordinator in Dutch that the practice is published', async () => {
    const before = smtp().received.length
    await mailTransition(payload, { transition: 'publish', practiceId, actorId: users.reviewerBeFr.id }, await submitted(), users.reviewerBeFr)
    const mails = smtp().since(before)

    expect([...mails.keys()]).toEqual(['mail.coordinator@example.org'])
    const mail = mails.get('mail.coordinator@example.org')!
    expect(mail.subject).toBe('Gepubliceerd: Testpraktijk voor e-mail')
    expect(mail.text).toContain('“Testpraktijk voor e-mail” (België) is gepubliceerd')
  })

  it('mails nobody when the practice has no submitter, and nobody for a withdrawal', async () => {
    const before = smtp().received.length
    await notifyTransition(payload, { transition: 'publish', practiceId, actorId: users.reviewerBeFr.id })
    await mailTransition(payload, { transition: 'withdraw', practiceId, actorId: users.coordinatorNl.id }, await submitted(), users.coordinatorNl)
    expect(smtp().received.length).toBe(before)
  })
})

describe('a mail server that is down', () => {
  it('loses the mail, logs it with the request id, and does not fail the step', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const down = await startSmtpListener()
    await down.stop()
    process.env.SMTP_URL = down.url
    try {
      await expect(notifyTransition(payload, { transition: 'submit', practiceId, actorId: users.coordinatorNl.id }, 'req-mail-test')).resolves.toBeUndefined()
      const logged = errors.mock.calls.map((call) => String(call[0]))
      expect(logged).toContain(`[req-mail-test] The "submit" mail about practice ${practiceId} to user ${users.reviewerBeFr.id} was not sent:`)
    } finally {
      process.env.SMTP_URL = smtp().url
      errors.mockRestore()
    }
  })
})

describe('the mail language', () => {
  it('is each user’s own to change', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.coordinatorNl.id,
      data: { language: 'de' },
      user: users.coordinatorNl,
      overrideAccess: false,
    })
    expect(updated.language).toBe('de')
    const other = await payload.create({ collection: 'users', data: { email: 'mail.new@example.org', password: 'mail-test-password-2026', roles: ['researcher'] } })
    expect(other.language).toBe('en')
  })
})
