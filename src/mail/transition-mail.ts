import { regionName } from '@/framework/language-names'
import { translations } from '@/i18n/translations'
import { appOrigin } from '@/security/deployment'
import type { TransitionEvent } from '@/workflow/transition-event'

import { titleIn, type PracticeForMail } from './practice-for-mail'
import type { Recipient } from './transition-recipients'

export interface TransitionMail {
  subject: string
  text: string
}

/** The link into the admin where the recipient acts on the practice. */
export const practiceAdminLink = (practiceId: number): string => `${appOrigin()}/admin/collections/practices/${practiceId}`

/** The mail about a step that `recipient` receives, in their language; undefined for steps that mail nobody. */
export function transitionMail(event: TransitionEvent, practice: PracticeForMail, recipient: Recipient, actorName: string): TransitionMail | undefined {
  const t = translations(recipient.language, 'mail')
  const values = { title: titleIn(practice, recipient.language), country: regionName(practice.country)[recipient.language], actor: actorName }
  const parts: Record<string, { subject: string; body: string } | undefined> = {
    submit: { subject: t.submitSubject(values), body: t.submitBody(values) },
    requestChanges: { subject: t.requestChangesSubject(values), body: t.requestChangesBody(values) },
    publish: { subject: t.publishSubject(values), body: t.publishBody(values) },
  }
  const chosen = parts[event.transition]
  if (!chosen) return undefined
  const comment = event.transition === 'requestChanges' && event.comment?.trim() ? [t.reviewerComment, quoted(event.comment.trim())] : []
  const paragraphs = [chosen.body, ...comment, `${t.openInAdmin}\n${practiceAdminLink(practice.id)}`, `-- \n${t.signature}`]
  return { subject: chosen.subject, text: `${paragraphs.join('\n\n')}\n` }
}

const quoted = (text: string) => text.split(/\r?\n/).map((line) => `> ${line}`).join('\n')
