import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll } from 'vitest'

/** A real SMTP server on a free local port that keeps every mail it receives, parsed. */
export interface SmtpListener {
  url: string
  received: ParsedMail[]
  /** The mails received after the first `before`, by their (first) recipient's address. */
  since: (before: number) => Map<string, ParsedMail>
  stop: () => Promise<void>
}

/** A mail's first recipient's address. */
export const recipientOf = (mail: ParsedMail): string => (Array.isArray(mail.to) ? mail.to[0] : mail.to)!.value[0]!.address!

export async function startSmtpListener(): Promise<SmtpListener> {
  const received: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: nodemailer would otherwise upgrade to TLS and refuse the listener's own certificate.
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail)
          done()
        },
        (error: Error) => done(error),
      )
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    since: (before) => new Map(received.slice(before).map((mail) => [recipientOf(mail), mail])),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/**
 * The app's mail through a listener, for the integration test file that calls this at its top level (before it
 * starts Payload): before its tests a listener starts and SMTP_URL points at it, with SERVER_URL (the address in the
 * mails' links) set to `serverUrl`; after them the listener stops and both variables are as they were.
 */
export function smtpForThisFile(serverUrl: string): () => SmtpListener {
  const saved = { SMTP_URL: process.env.SMTP_URL, SERVER_URL: process.env.SERVER_URL }
  let listener: SmtpListener | undefined
  beforeAll(async () => {
    listener = await startSmtpListener()
    process.env.SMTP_URL = listener.url
    process.env.SERVER_URL = serverUrl
  })
  afterAll(async () => {
    await listener?.stop()
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  })
  return () => listener!
}
