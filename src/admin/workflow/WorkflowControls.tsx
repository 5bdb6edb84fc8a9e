'use client'

import { useFormModified } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import type { Messages } from '@/i18n/catalogues/catalogue'
import type { TransitionName } from '@/workflow/transition-event'

interface Step {
  name: TransitionName
  label: string
  /** What happens next, shown in the confirmation. */
  next: string
}

/**
 * The workflow state and step buttons of the edit view. Each step asks for confirmation in a modal dialog
 * (a comment is required to request changes), then posts to the practice's transition endpoint and reloads
 * the page, whose form then holds the new version.
 */
export function WorkflowControls({ practiceId, stateLabel, steps, t }: { practiceId: number; stateLabel: string; steps: Step[]; t: Messages<'workflow'> }) {
  const modified = useFormModified()
  const dialog = useRef<HTMLDialogElement>(null)
  const [chosen, setChosen] = useState<Step>()
  const [comment, setComment] = useState('')
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string>()
  const ids = { title: useId(), next: useId(), comment: useId() }

  function open(step: Step) {
    setChosen(step)
    setComment('')
    setProblem(undefined)
    dialog.current?.showModal()
  }

  async function confirm() {
    if (!chosen) return
    if (chosen.name === 'requestChanges' && !comment.trim()) {
      setProblem(t.errors.commentRequired)
      return
    }
    setWorking(true)
    setProblem(undefined)
    const response = await fetch(`/api/practices/${practiceId}/transition`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ transition: chosen.name, ...(comment.trim() ? { comment } : {}) }),
    }).catch(() => null)
    if (response?.ok) {
      window.location.reload()
      return
    }
    const body = (await response?.json().catch(() => null)) as { errors?: { message: string }[] } | null
    setProblem(body?.errors?.[0]?.message ?? t.errors.failed)
    setWorking(false)
  }

  return (
    <div className="workflow-controls" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', flexWrap: 'wrap' }}>
      <span className="pill pill--style-light" aria-live="polite">
        {stateLabel}
      </span>
      {steps.map((step) => (
        <button key={step.name} type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} disabled={modified} onClick={() => open(step)}>
          {step.label}
        </button>
      ))}
      {modified && steps.length > 0 && <span>{t.unsavedChanges}</span>}
      {/* No <form> here: the dialog sits inside Payload's document form, and forms do not nest. */}
      <dialog
        ref={dialog}
        aria-labelledby={ids.title}
        aria-describedby={ids.next}
        onClose={() => setChosen(undefined)}
        style={{ maxWidth: '36rem', padding: '1.5rem', border: '1px solid var(--theme-elevation-250)', borderRadius: '4px', background: 'var(--theme-bg)', color: 'var(--theme-text)' }}
      >
        {chosen && (
          <div>
            <h2 id={ids.title}>{chosen.label}</h2>
            <p id={ids.next}>{chosen.next}</p>
            {chosen.name === 'requestChanges' && (
              <p>
                <label htmlFor={ids.comment}>{t.commentForCoordinator}</label>
                <textarea id={ids.comment} aria-required="true" aria-invalid={problem === t.errors.commentRequired} rows={5} style={{ width: '100%' }} value={comment} onChange={(event) => setComment(event.target.value)} />
              </p>
            )}
            {problem && <p role="alert">{problem}</p>}
            <div style={{ display: 'flex', gap: '0.5rem' }}>
              <button type="button" className="btn btn--style-primary btn--size-small" disabled={working} onClick={() => void confirm()}>
                {working ? t.working : t.confirm}
              </button>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => dialog.current?.close()}>
                {t.cancel}
              </button>
            </div>
          </div>
        )}
      </dialog>
    </div>
  )
}
