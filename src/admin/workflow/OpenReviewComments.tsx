import type { UIFieldServerProps } from 'payload'

import { findField } from '@/framework'
import { messagesOf, translations } from '@/i18n/translations'
import type { User } from '@/payload-types'
import { adminLocale } from '../admin-locale'
import { OpenCommentList } from './OpenCommentList'

/** The most open comments shown; a practice with more has a review that went wrong elsewhere. */
const SHOWN = 50

/**
 * At the top of a practice's edit view: the review comments not yet resolved, oldest first, each with its
 * author, time and the field it is about, and a button to mark it resolved. Read with the signed-in user's
 * rights, so only those who may read the thread see it.
 */
export async function OpenReviewComments({ id, payload, req, i18n }: UIFieldServerProps) {
  if (id === undefined || !req.user) return null
  const locale = adminLocale(i18n.language)
  const { docs } = await payload
    .find({
      collection: 'review-comments',
      where: { and: [{ practice: { equals: id } }, { resolved: { equals: false } }] },
      sort: 'createdAt',
      limit: SHOWN,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    .catch(() => ({ docs: [] }))
  if (docs.length === 0) return null
  // Authors are named to those who may read their comments, though they may not read the accounts.
  const authorIds = [...new Set(docs.map((c) => c.author).filter((a): a is number => typeof a === 'number'))]
  const authors = await payload.find({ collection: 'users', where: { id: { in: authorIds } }, depth: 0, limit: SHOWN, select: { name: true, email: true } })
  const nameOf = new Map(authors.docs.map((u: Pick<User, 'id' | 'name' | 'email'>) => [u.id, u.name || u.email]))
  const t = translations(locale, 'workflow')
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
  const comments = docs.map((c) => ({
    id: c.id,
    body: c.body,
    byline: t.comments.byline({ author: nameOf.get(c.author as number) ?? '–', date: dateFormat.format(new Date(c.createdAt)) }),
    about: c.field ? t.comments.aboutField({ field: findField(c.field)?.label[locale] ?? c.field }) : undefined,
  }))
  return <OpenCommentList comments={comments} locale={locale} t={messagesOf(locale, 'workflow')} />
}
