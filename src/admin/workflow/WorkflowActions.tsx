import type { BeforeDocumentControlsServerProps } from 'payload'

import type { AccessUser } from '@/access/roles'
import { allowsCountry } from '@/access/where'
import { messagesOf, translations } from '@/i18n/translations'
import { isWorkflowState, transitionsFrom } from '@/workflow/states'
import { adminLocale } from '../admin-locale'
import { WorkflowControls } from './WorkflowControls'

/**
 * In a practice's edit view, before the save buttons: its workflow state, and a button for each step the
 * signed-in user may take from there (the permission table decides), each with a confirmation saying what
 * happens next.
 */
export async function WorkflowActions({ id, payload, user, i18n }: BeforeDocumentControlsServerProps) {
  if (id === undefined || !user) return null
  const locale = adminLocale(i18n.language)
  const practice = await payload
    .findByID({ collection: 'practices', id, draft: true, depth: 0, overrideAccess: false, user, select: { workflowState: true, country: true } })
    .catch(() => null)
  if (!practice) return null
  const state = isWorkflowState(practice.workflowState) ? practice.workflowState : 'draft'
  const countryId = typeof practice.country === 'object' ? practice.country.id : practice.country
  const country = await payload.findByID({ collection: 'countries', id: countryId, locale, depth: 0, select: { name: true } })
  const t = translations(locale, 'workflow')
  const steps = transitionsFrom(state)
    .filter((name) => allowsCountry('practices', name, user as AccessUser, countryId))
    .map((name) => ({ name, label: t.actions[name], next: name === 'submit' ? t.next.submit({ country: country.name }) : t.next[name] }))
  return <WorkflowControls practiceId={Number(id)} stateLabel={t.stateNow({ state: t.states[state] })} steps={steps} t={messagesOf(locale, 'workflow')} />
}
