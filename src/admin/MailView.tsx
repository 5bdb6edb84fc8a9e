import type { AdminViewServerProps } from 'payload'

import type { AccessUser } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'
import { listMails, openMail } from '@/mail/mail-box'
import { TableHead } from '@/components/TableHead'

import { adminLocale } from './admin-locale'
import { AdminTemplate } from './AdminTemplate'

type Strings = ReturnType<typeof translations<'mail'>>

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * Admin view at /admin/mail: the mails the app wrote to files (no SMTP server), newest first, a page at a time;
 * `?mail=<file>` opens one. Admins only.
 */
export function MailView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'mail')
  const user = req.user as AccessUser | null
  const file = single(searchParams?.mail)
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <div className="mail-view">
        <h1>{t.title}</h1>
        {file ? (
          <OpenedMail user={user} file={file} t={t} language={language} />
        ) : (
          <MailList user={user} page={Number(single(searchParams?.page) ?? 1)} t={t} language={language} />
        )}
      </div>
    </AdminTemplate>
  )
}

const dateTime = (date: Date, language: Locale) => date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'medium' })

async function MailList({ user, page, t, language }: { user: AccessUser | null; page: number; t: Strings; language: Locale }) {
  const list = await listMails(user, page)
  if (list === 'refused') return <p role="alert">{t.refused}</p>
  return (
    <>
      <p>{t.intro}</p>
      {list.total === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>
            {t.count({ n: list.total })} · {t.pageOf({ page: list.page, pages: list.pages })}
          </p>
          <table className="mail-list">
            <TableHead columns={[t.date, t.to, t.subject]} />
            <tbody>
              {list.mails.map((mail) => (
                <tr key={mail.file}>
                  <td>
                    <time dateTime={mail.date.toISOString()}>{dateTime(mail.date, language)}</time>
                  </td>
                  <td>{mail.to}</td>
                  <td>
                    <a href={`/admin/mail?mail=${encodeURIComponent(mail.file)}`}>{mail.subject || mail.file}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <nav className="mail-pages" aria-label={t.pageOf({ page: list.page, pages: list.pages })}>
            {list.page > 1 && <a href={`/admin/mail?page=${list.page - 1}`}>{t.newer}</a>}
            {list.page < list.pages && <a href={`/admin/mail?page=${list.page + 1}`}>{t.older}</a>}
          </nav>
        </>
      )}
    </>
  )
}

async function OpenedMail({ user, file, t, language }: { user: AccessUser | null; file: string; t: Strings; language: Locale }) {
  const mail = await openMail(user, file)
  if (mail === 'refused') return <p role="alert">{t.refused}</p>
  const back = (
    <p>
      <a href="/admin/mail">{t.backToList}</a>
    </p>
  )
  if (mail === 'notFound') return <>{back}<p role="alert">{t.notFound}</p></>
  return (
    <article className="mail-opened">
      {back}
      <h2>{mail.subject}</h2>
      <dl>
        <dt>{t.date}</dt>
        <dd>
          <time dateTime={mail.date.toISOString()}>{dateTime(mail.date, language)}</time>
        </dd>
        <dt>{t.from}</dt>
        <dd>{mail.from}</dd>
        <dt>{t.to}</dt>
        <dd>{mail.to}</dd>
      </dl>
      <pre>{mail.text}</pre>
    </article>
  )
}
