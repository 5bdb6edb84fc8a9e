import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

import { simpleParser, type AddressObject } from 'mailparser'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'

import { mailFileNames } from './mail-files'
import { mailSettings } from './mail-settings'

export const MAILS_PER_PAGE = 20

/** One line of the admin's mail list. */
export interface MailSummary {
  /** The file's name: the only handle the admin's links carry. */
  file: string
  date: Date
  to: string
  subject: string
}

export interface MailPage {
  mails: MailSummary[]
  /** 1-based; a page past the end shows the last one. */
  page: number
  pages: number
  total: number
}

export interface OpenedMail extends MailSummary {
  from: string
  text: string
}

export const mayReadMailFiles = (user: AccessUser | null | undefined): boolean => accessResult('mailFiles', 'read', user) === true

/** The mail files of one page, newest first, or 'refused' for anyone but an admin. */
export async function listMails(user: AccessUser | null | undefined, requestedPage: number): Promise<MailPage | 'refused'> {
  if (!mayReadMailFiles(user)) return 'refused'
  const { directory } = mailSettings()
  const names = await mailFileNames(directory)
  const pages = Math.max(1, Math.ceil(names.length / MAILS_PER_PAGE))
  const page = Number.isSafeInteger(requestedPage) ? Math.min(Math.max(requestedPage, 1), pages) : 1
  const onPage = names.slice((page - 1) * MAILS_PER_PAGE, page * MAILS_PER_PAGE)
  const mails = await Promise.all(onPage.map(async (file) => summaryOf(file, await parsed(directory, file))))
  return { mails, page, pages, total: names.length }
}

/**
 * One mail, or 'refused' for anyone but an admin, or 'notFound'. Only a name the listing gives is opened, so no
 * path (`../`, an absolute path) ever reaches the file system.
 */
export async function openMail(user: AccessUser | null | undefined, file: string): Promise<OpenedMail | 'refused' | 'notFound'> {
  if (!mayReadMailFiles(user)) return 'refused'
  const { directory } = mailSettings()
  if (!(await mailFileNames(directory)).includes(file)) return 'notFound'
  const mail = await parsed(directory, file)
  return { ...summaryOf(file, mail), from: addressesOf(mail.from), text: mail.text ?? '' }
}

type ParsedMail = Awaited<ReturnType<typeof simpleParser>> & { fileTime: Date }

async function parsed(directory: string, file: string): Promise<ParsedMail> {
  const full = path.join(directory, file)
  const [content, info] = await Promise.all([readFile(full), stat(full)])
  return Object.assign(await simpleParser(content), { fileTime: info.mtime })
}

const summaryOf = (file: string, mail: ParsedMail): MailSummary => ({
  file,
  date: mail.date ?? mail.fileTime,
  to: addressesOf(mail.to),
  subject: mail.subject ?? '',
})

const addressesOf = (field: AddressObject | AddressObject[] | undefined): string =>
  (Array.isArray(field) ? field : field ? [field] : [])
    .flatMap((a) => a.value)
    .map(({ name, address }) => (name ? `${name} <${address ?? ''}>` : (address ?? '')))
    .join(', ')
