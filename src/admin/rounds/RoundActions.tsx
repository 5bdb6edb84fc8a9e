import type { BeforeDocumentControlsServerProps } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { translations } from '@/i18n/translations'
import { roundStatus } from '@/rounds/round-status'
import { adminLocale } from '../admin-locale'
import { StepButton } from './StepButton'

/**
 * In a round's edit view, before the save buttons: where the round is, the step an admin may take from there (open
 * a planned round, close an open one), with a confirmation saying what happens, and the link to its progress.
 */
export async function RoundActions({ id, payload, user, i18n }: BeforeDocumentControlsServerProps) {
  if (id === undefined || !user) return null
  const round = await payload.findByID({ collection: 'rounds', id, depth: 0, overrideAccess: false, user }).catch(() => null)
  if (!round) return null
  const t = translations(adminLocale(i18n.language), 'rounds')
  const status = roundStatus(round)
  const step = status === 'planned' ? 'openRound' : status === 'open' ? 'closeRound' : null
  const mayStep = step !== null && accessResult('rounds', step, user as AccessUser) === true
  return (
    <div className="round-steps">
      <span className="pill pill--style-light">{t.stateNow({ state: t.status[status] })}</span>
      {step && mayStep && (
        <StepButton
          url={`/api/rounds/${id}/${step === 'openRound' ? 'open' : 'close'}`}
          label={t.actions[step]}
          next={t.next[step]}
          texts={{ confirm: t.confirm, cancel: t.cancel, working: t.working, failed: t.failed }}
        />
      )}
      {status !== 'planned' && <a href={`/admin/round-progress/${id}`}>{t.progress.seeProgress}</a>}
    </div>
  )
}
