'use client'

import { useState } from 'react'

import type { Messages } from '@/i18n/catalogues/catalogue'
import { translate } from '@/i18n/translate'
import type { Locale } from '@/i18n/locales'

export interface OpenComment {
  id: number
  body: string
  byline: string
  about?: string
}

/** The open review comments of a practice (see OpenReviewComments); "Mark resolved" saves at once and takes the comment off the list. */
export function OpenCommentList({ comments, locale, t }: { comments: OpenComment[]; locale: Locale; t: Messages<'workflow'> }) {
  const [open, setOpen] = useState(comments)
  const [problem, setProblem] = useState<string>()
  if (open.length === 0) return null

  async function resolve(id: number) {
    setProblem(undefined)
    const response = await fetch(`/api/review-comments/${id}`, {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resolved: true }),
    }).catch(() => null)
    if (response?.ok) setOpen((list) => list.filter((c) => c.id !== id))
    else setProblem(t.comments.resolveFailed)
  }

  return (
    <section aria-labelledby="open-review-comments" style={{ marginBottom: '1.5rem', padding: '1rem', border: '1px solid var(--theme-warning-500)', borderRadius: '4px' }}>
      <h3 id="open-review-comments">{translate<'workflow'>(locale, t).comments.open({ n: open.length })}</h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {open.map((comment) => (
          <li key={comment.id} style={{ padding: '0.75rem 0', borderTop: '1px solid var(--theme-elevation-150)' }}>
            <p style={{ whiteSpace: 'pre-wrap', margin: '0 0 0.25rem' }}>{comment.body}</p>
            <p style={{ margin: 0, fontSize: '0.9em' }}>
              {comment.byline}
              {comment.about && ` · ${comment.about}`}
            </p>
            <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '0.5rem 0 0' }} onClick={() => void resolve(comment.id)}>
              {t.comments.markResolved}
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </section>
  )
}
