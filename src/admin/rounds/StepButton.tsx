'use client'

import { useRef } from 'react'

import { ConfirmationDialog, type ConfirmationTexts } from '../ConfirmationDialog'
import { useStepPost } from '../use-step-post'

export interface StepButtonTexts extends ConfirmationTexts {
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

/**
 * A round step's button (open, close, confirm): posts to the step's endpoint, then reloads the page (or, with `returnTo`,
 * reads it again in place); a refusal is shown as the server words it.
 */
export function StepButton({ url, label, next, ariaLabel, returnTo, texts }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const { working, problem, post } = useStepPost(texts.failed)
  const take = () => void post(url, {}, returnTo)

  const button = (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      style={{ margin: 0 }}
      aria-label={ariaLabel}
      disabled={working}
      onClick={() => (next ? dialog.current?.showModal() : take())}
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
      <ConfirmationDialog ref={dialog} step={{ title: label, next }} working={working} problem={problem} texts={texts} onConfirm={take} />
    </>
  )
}
