'use client'

import { useId, type ReactNode, type RefObject } from 'react'

export interface ConfirmationTexts {
  confirm: string
  cancel: string
  working: string
}

interface Props {
  ref: RefObject<HTMLDialogElement | null>
  /** The step to confirm: its name (the dialog's title) and what happens next; the dialog is empty without one. */
  step: { title: string; next: string } | undefined
  working: boolean
  /** Why the step failed or cannot be taken yet. */
  problem: string | undefined
  texts: ConfirmationTexts
  onConfirm: () => void
  onClose?: () => void
  /** What the step asks for besides the confirmation (a comment). */
  children?: ReactNode
}

/**
 * The modal dialog that confirms an admin step: the step's name, what happens next, and why it failed.
 * No <form> here: the dialog may sit inside Payload's document form, and forms do not nest.
 */
export function ConfirmationDialog({ ref, step, working, problem, texts, onConfirm, onClose, children }: Props) {
  const ids = { title: useId(), next: useId() }
  return (
    <dialog
      ref={ref}
      aria-labelledby={ids.title}
      aria-describedby={ids.next}
      onClose={onClose}
      style={{ maxWidth: '36rem', padding: '1.5rem', border: '1px solid var(--theme-elevation-250)', borderRadius: '4px', background: 'var(--theme-bg)', color: 'var(--theme-text)' }}
    >
      {step && (
        <div>
          <h2 id={ids.title}>{step.title}</h2>
          <p id={ids.next}>{step.next}</p>
          {children}
          {problem && <p role="alert">{problem}</p>}
          <div style={{ display: 'flex', gap: '0.5rem' }}>
            <button type="button" className="btn btn--style-primary btn--size-small" disabled={working} onClick={onConfirm}>
              {working ? texts.working : texts.confirm}
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => ref.current?.close()}>
              {texts.cancel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  )
}
