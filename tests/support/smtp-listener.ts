import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A real SMTP server on a free local port that keeps every mail it receives, parsed. */
export interface SmtpListener {
  url: string
  received: ParsedMail[]
  stop: () => Promise<void>
}

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
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
