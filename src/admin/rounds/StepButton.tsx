'use client'

import { useRouter } from 'next/navigation'
import { useId, useRef, useState } from 'react'

export interface StepButtonTexts {
  confirm: string
  cancel: string
  working: string
  failed: string
}

interface Props {
  /** The round step's endpoint, posted to with an empty body. */
  url: string
  label: string
  /** What happens next: when given, a modal dialog asks for confirmation first; without, one click takes the step. */
  next?: string
  /** The button's accessible name, when the label alone does not say what it acts on. */
  ariaLabel?: string
  /**
   * The id of a focusable element that stays on the page (its list's heading): after the step the page is read again
   * in place and keyboard users go on from there. Without, the page reloads.
   */
  returnTo?: string
  texts: StepButtonTexts
}

/** A round step's button (open, close, confirm): posts to the step's endpoint, then reloads the page; a refusal is shown as the server words it. */
export function StepButton({ url, label, next, ariaLabel, returnTo, texts }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [working, setWorking] = useState(false)
  const [problem, setProblem] = useState<string>()
  const ids = { title: useId(), next: useId() }
  const router = useRouter()

  async function take() {
    setWorking(true)
    setProblem(undefined)
    const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' }).catch(() => null)
    if (response?.ok) {
      // This button may leave the page with its row: focus goes to `returnTo` first, not to the page's top.
      if (returnTo) {
        document.getElementById(returnTo)?.focus()
        router.refresh()
      } else window.location.reload()
      return
    }
    const body = (await response?.json().catch(() => null)) as { errors?: { message: string }[] } | null
    setProblem(body?.errors?.[0]?.message ?? texts.failed)
    setWorking(false)
  }

  const button = (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      style={{ margin: 0 }}
      aria-label={ariaLabel}
      disabled={working}
      onClick={() => (next ? dialog.current?.showModal() : void take())}
    >
      {working && !next ? texts.working : label}
    </button>
  )
  if (!next) {
    return (
      <>
        {button}
        {problem && <span role="alert"> {problem}</span>}
      </>
    )
  }
  return (
    <>
      {button}
      <dialog
        ref={dialog}
        aria-labelledby={ids.title}
        aria-describedby={ids.next}
        style={{ maxWidth: '36rem', padding: '1.5rem', border: '1px solid var(--theme-elevation-250)', borderRadius: '4px', background: 'var(--theme-bg)', color: 'var(--theme-text)' }}
      >
        <h2 id={ids.title}>{label}</h2>
        <p id={ids.next}>{next}</p>
        {problem && <p role="alert">{problem}</p>}
        <div style={{ display: 'flex', gap: '0.5rem' }}>
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={working} onClick={() => void take()}>
            {working ? texts.working : texts.confirm}
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => dialog.current?.close()}>
            {texts.cancel}
          </button>
        </div>
      </dialog>
    </>
  )
}
