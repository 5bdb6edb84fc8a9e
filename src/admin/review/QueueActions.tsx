'use client'

import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import type { Messages } from '@/i18n/catalogues/catalogue'
import type { Locale } from '@/i18n/locales'
import { translate } from '@/i18n/translate'
import type { TransitionName } from '@/workflow/transition-event'

/** The steps a reviewer takes from the queue. */
export type ReviewStep = Extract<TransitionName, 'publish' | 'requestChanges'>

type Stage = { kind: 'idle' } | { kind: 'confirming'; step: ReviewStep } | { kind: 'busy' } | { kind: 'done' | 'failed'; message: string }

interface Props {
  practiceId: number
  /** the id of the element naming the practice, so that each row's buttons say which practice they act on */
  describedBy: string
  steps: readonly ReviewStep[]
  locale: Locale
  messages: Messages<'workflow'>
}

/**
 * A queue row's workflow steps (publish, request changes): each asks for confirmation, saying what happens
 * next, and a comment where the step needs one, then calls the workflow's transition endpoint.
 */
export function QueueActions({ practiceId, describedBy, steps, locale, messages }: Props) {
  const t = translate<'workflow'>(locale, messages)
  const router = useRouter()
  const commentId = useId()
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const [comment, setComment] = useState('')

  const take = async (step: ReviewStep) => {
    setStage({ kind: 'busy' })
    const response = await fetch(`/api/practices/${practiceId}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ transition: step, ...(comment.trim() ? { comment } : {}) }),
    }).catch(() => null)
    const answer = (await response?.json().catch(() => null)) as { message?: string; errors?: { message: string }[] } | null
    if (response?.ok) {
      setStage({ kind: 'done', message: answer?.message ?? t.done({ state: '' }) })
      router.refresh()
    } else {
      setStage({ kind: 'failed', message: answer?.errors?.[0]?.message ?? answer?.message ?? t.errors.failed })
    }
  }

  const confirming = stage.kind === 'confirming' ? stage.step : null
  const needsComment = confirming === 'requestChanges'
  return (
    <div className="queue-actions">
      {!confirming &&
        steps.map((step) => (
          <button key={step} type="button" className="btn btn--style-secondary btn--size-small" aria-describedby={describedBy} disabled={stage.kind === 'busy'} onClick={() => setStage({ kind: 'confirming', step })}>
            {t.actions[step]}
          </button>
        ))}
      {confirming && (
        <div>
          <p>{t.next[confirming]}</p>
          {needsComment && (
            <>
              <label htmlFor={commentId}>{t.commentForCoordinator}</label>
              <textarea id={commentId} value={comment} required rows={3} onChange={(e) => setComment(e.target.value)} />
            </>
          )}
          <button type="button" className="btn btn--style-primary btn--size-small" aria-describedby={describedBy} disabled={needsComment && !comment.trim()} onClick={() => void take(confirming)}>
            {t.confirm}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setStage({ kind: 'idle' })}>
            {t.cancel}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite">
        {stage.kind === 'busy' && t.working}
        {(stage.kind === 'done' || stage.kind === 'failed') && stage.message}
      </p>
    </div>
  )
}
