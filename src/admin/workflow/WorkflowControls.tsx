'use client'

import { useFormModified } from '@payloadcms/ui'
import { useId, useRef, useState } from 'react'

import type { Messages } from '@/i18n/catalogues/catalogue'
import type { TransitionName } from '@/workflow/transition-event'
import { ConfirmationDialog } from '../ConfirmationDialog'
import { useStepPost } from '../use-step-post'

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
  const { working, problem, setProblem, post } = useStepPost(t.errors.failed)
  const commentId = useId()

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
    await post(`/api/practices/${practiceId}/transition`, { transition: chosen.name, ...(comment.trim() ? { comment } : {}) })
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
      <ConfirmationDialog
        ref={dialog}
        step={chosen && { title: chosen.label, next: chosen.next }}
        working={working}
        problem={problem}
        texts={t}
        onConfirm={() => void confirm()}
        onClose={() => setChosen(undefined)}
      >
        {chosen?.name === 'requestChanges' && (
          <p>
            <label htmlFor={commentId}>{t.commentForCoordinator}</label>
            <textarea id={commentId} aria-required="true" aria-invalid={problem === t.errors.commentRequired} rows={5} style={{ width: '100%' }} value={comment} onChange={(event) => setComment(event.target.value)} />
          </p>
        )}
      </ConfirmationDialog>
    </div>
  )
}
