import { randomBytes } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import addressparser from 'nodemailer/lib/addressparser'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { mailFileName } from './mail-files'
import { DEFAULT_MAIL_FROM, mailSettings, type MailSettings } from './mail-settings'

/**
 * Payload's email adapter (its own mails, such as "forgot password", and ours): nodemailer over SMTP when SMTP_URL is
 * set, otherwise each mail as an RFC 822 file in the mail directory, which admins read at /admin/mail.
 * Written here because @payloadcms/email-nodemailer exists only for an older Payload than ours.
 */
export const emailAdapter: EmailAdapter = () => {
  const [sender] = addressparser(mailSettings().from, { flatten: true })
  const [fallback] = addressparser(DEFAULT_MAIL_FROM, { flatten: true })
  return {
    name: 'guidance-atlas-nodemailer',
    defaultFromAddress: sender?.address || fallback!.address,
    defaultFromName: sender?.name || fallback!.name,
    sendEmail: (message) => sendMail(message, mailSettings()),
  }
}

async function sendMail(message: SendEmailOptions, settings: MailSettings): Promise<unknown> {
  const mail = { ...message, from: message.from ?? settings.from }
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl)
    try {
      return await transport.sendMail(mail)
    } finally {
      transport.close()
    }
  }
  const built = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }).sendMail(mail)
  await writeMailFile(settings.directory, built.message as Buffer)
  return built
}

/** Written under a temporary name and renamed, so the listing never shows half a mail. */
async function writeMailFile(directory: string, content: Buffer): Promise<void> {
  await mkdir(directory, { recursive: true })
  const name = mailFileName(new Date())
  const temporary = path.join(directory, `.${name}.${randomBytes(4).toString('hex')}.tmp`)
  await writeFile(temporary, content, { flag: 'wx' })
  await rename(temporary, path.join(directory, name))
}
