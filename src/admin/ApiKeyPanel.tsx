'use client'

import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useState } from 'react'

import type { Messages } from '@/i18n/catalogues/catalogue'

/** On one's own account page (texts from ApiKeyField, in the admin's language): makes a new API key on the server (POST /api/users/api-key) and shows it this once. */
export function ApiKeyPanel({ t }: { t: Messages<'apiKey'> }) {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [key, setKey] = useState<string>()
  const [problem, setProblem] = useState<string>()
  if (!user || id !== user.id) return null

  async function create() {
    setProblem(undefined)
    const response = await fetch('/api/users/api-key', { method: 'POST', credentials: 'same-origin' })
    const body = (await response.json().catch(() => ({}))) as { apiKey?: string; errors?: { message: string }[] }
    if (response.ok && body.apiKey) setKey(body.apiKey)
    else setProblem(`${t.failed}: ${body.errors?.[0]?.message ?? response.status}`)
  }

  return (
    <section className="api-key-panel" aria-labelledby="api-key-heading">
      <h3 id="api-key-heading">{t.heading}</h3>
      <p>{t.explain}</p>
      {key ? (
        <>
          <label htmlFor="api-key-value">{t.shownOnce}</label>
          <input id="api-key-value" readOnly value={key} onFocus={(event) => event.currentTarget.select()} />
        </>
      ) : (
        <p>{t.replaces}</p>
      )}
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void create()}>
        {t.create}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  )
}
