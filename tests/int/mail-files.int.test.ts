/**
 * Without SMTP_URL every mail, Payload's own included, is written as an .eml file, and admins read them in the
 * admin's mail view (src/mail/mail-box.ts): newest first, a page at a time; nobody else, and no path but a listed name.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDraftPractice, demoUser, payloadForTests, type TestUser } from '../support/payload'
import { listMails, MAILS_PER_PAGE, openMail } from '@/mail/mail-box'
import { notifyTransition } from '@/mail/notify-transition'

const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_DIR: process.env.MAIL_DIR }
let payload: Payload
let directory: string
let admin: TestUser
let coordinator: TestUser
let practiceId: number

beforeAll(async () => {
  directory = await mkdtemp(path.join(os.tmpdir(), 'atlas-mail-'))
  delete process.env.SMTP_URL
  process.env.MAIL_DIR = directory
  payload = await payloadForTests()
  admin = await demoUser(payload, 'admin@example.org')
  coordinator = await demoUser(payload, 'coordinator.be@example.org')
  const practice = await createDraftPractice(payload, coordinator, { title: 'Mail file practice', slug: 'mail-file-practice', country: 'BE', originalLanguage: 'en' })
  practiceId = practice.id
})

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  if (payload) {
    await payload.delete({ collection: 'practices', where: { slug: { equals: 'mail-file-practice' } } })
    await payload.destroy()
  }
  if (directory) await rm(directory, { recursive: true, force: true })
})

const emlFiles = async () => (await readdir(directory)).filter((name) => name.endsWith('.eml'))

describe('a mail without SMTP_URL', () => {
  it('is written as an .eml file that the admin lists and opens', async () => {
    await notifyTransition(payload, { transition: 'submit', practiceId, actorId: coordinator.id })
    expect(await emlFiles()).toHaveLength(1)

    const list = await listMails(admin, 1)
    if (list === 'refused') throw new Error('the admin was refused')
    expect(list.total).toBe(1)
    expect(list.mails[0]).toMatchObject({ to: 'Reviewer (demo) <reviewer@example.org>', subject: 'To review: Mail file practice' })

    const opened = await openMail(admin, list.mails[0]!.file)
    if (typeof opened === 'string') throw new Error(`the mail was ${opened}`)
    expect(opened.from).toBe('Guidance Atlas <no-reply@localhost>')
    expect(opened.text).toContain('Coordinator Belgium (demo) submitted “Mail file practice” (Belgium) for review.')
    expect(opened.text).toMatch(new RegExp(`^https?://\\S+/admin/collections/practices/${practiceId}$`, 'm'))
  })

  it('includes Payload’s own mails, such as a password reset', async () => {
    await payload.forgotPassword({ collection: 'users', data: { email: 'researcher@example.org' }, disableEmail: false })
    const list = await listMails(admin, 1)
    if (list === 'refused') throw new Error('the admin was refused')
    expect(list.mails[0]).toMatchObject({ to: 'researcher@example.org' })
    const opened = await openMail(admin, list.mails[0]!.file)
    if (typeof opened === 'string') throw new Error(`the mail was ${opened}`)
    expect(opened.text).toMatch(/\/admin\/reset\/[0-9a-f]{40}/)
  })
})

describe('the admin’s mail list', () => {
  it('shows the newest first, a page at a time', async () => {
    const before = (await emlFiles()).length
    const subjects = Array.from({ length: MAILS_PER_PAGE + 3 }, (_, i) => `Numbered mail ${i + 1}`)
    for (const subject of subjects) {
      await payload.sendEmail({ to: 'someone@example.org', subject, text: subject })
      // File names carry the time to the millisecond: one mail per millisecond keeps their order certain.
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    const total = before + subjects.length
    const first = await listMails(admin, 1)
    const second = await listMails(admin, 2)
    if (first === 'refused' || second === 'refused') throw new Error('the admin was refused')
    expect(first).toMatchObject({ page: 1, pages: 2, total })
    expect(first.mails.map((m) => m.subject)).toEqual(subjects.toReversed().slice(0, MAILS_PER_PAGE))
    expect(second.mails.map((m) => m.subject).slice(0, 3)).toEqual(['Numbered mail 3', 'Numbered mail 2', 'Numbered mail 1'])
    expect(second.mails).toHaveLength(total - MAILS_PER_PAGE)
    // A page past the end, or no number at all, shows a real page.
    expect(await listMails(admin, 99)).toMatchObject({ page: 2 })
    expect(await listMails(admin, Number('abc'))).toMatchObject({ page: 1 })
  })

  it('is refused to everyone but admins', async () => {
    const list = await listMails(admin, 1)
    if (list === 'refused') throw new Error('the admin was refused')
    const file = list.mails[0]!.file
    for (const email of ['reviewer@example.org', 'coordinator.be@example.org', 'researcher@example.org']) {
      const user = await demoUser(payload, email)
      expect(await listMails(user, 1)).toBe('refused')
      expect(await openMail(user, file)).toBe('refused')
    }
    expect(await listMails(null, 1)).toBe('refused')
    expect(await openMail(null, file)).toBe('refused')
  })

  it('opens only the names it listed: no path reaches the file system', async () => {
    // A file beside the mails that is not one of them, and paths pointing out of the directory.
    await writeFile(path.join(directory, 'notes.eml'), 'Subject: not a listed mail\r\n\r\nsecret\r\n')
    const list = await listMails(admin, 1)
    if (list === 'refused') throw new Error('the admin was refused')
    expect(list.mails.map((m) => m.file)).not.toContain('notes.eml')
    for (const name of ['notes.eml', '../../etc/passwd', '/etc/passwd', `../${path.basename(directory)}/${list.mails[0]!.file}`, '']) {
      expect(await openMail(admin, name)).toBe('notFound')
    }
  })
})
