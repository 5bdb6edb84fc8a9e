import path from 'node:path'

export const DEFAULT_MAIL_FROM = 'Guidance Atlas <no-reply@localhost>'

/** Where mails go: an SMTP server when SMTP_URL is set, otherwise .eml files in `directory`. */
export interface MailSettings {
  smtpUrl: string | undefined
  from: string
  directory: string
}

/**
 * Read when a mail is sent or listed rather than once at start-up, so that one process (a test) can send through an
 * SMTP listener and then into a directory.
 */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  return {
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM ?? DEFAULT_MAIL_FROM,
    directory: env.MAIL_DIR ?? path.resolve(process.cwd(), '.data', 'mail'),
  }
}
