'use client'

import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

const texts = {
  en: {
    heading: 'API key',
    explain: 'For scripts: send it as "Authorization: users API-Key <key>". It acts with your role and countries.',
    create: 'Create a new API key',
    replaces: 'A new key replaces the one you have.',
    shownOnce: 'Copy this key now: it is shown once.',
    failed: 'The key could not be created',
  },
  nl: {
    heading: 'API-sleutel',
    explain: 'Voor scripts: stuur hem als "Authorization: users API-Key <sleutel>". Hij werkt met uw rol en landen.',
    create: 'Nieuwe API-sleutel maken',
    replaces: 'Een nieuwe sleutel vervangt de sleutel die u hebt.',
    shownOnce: 'Kopieer deze sleutel nu: hij wordt maar één keer getoond.',
    failed: 'De sleutel kon niet worden gemaakt',
  },
  fr: {
    heading: 'Clé d’API',
    explain: 'Pour les scripts : envoyez-la comme « Authorization: users API-Key <clé> ». Elle agit avec votre rôle et vos pays.',
    create: 'Créer une nouvelle clé d’API',
    replaces: 'Une nouvelle clé remplace celle que vous avez.',
    shownOnce: 'Copiez cette clé maintenant : elle n’est affichée qu’une fois.',
    failed: 'La clé n’a pas pu être créée',
  },
  de: {
    heading: 'API-Schlüssel',
    explain: 'Für Skripte: senden Sie ihn als „Authorization: users API-Key <Schlüssel>“. Er handelt mit Ihrer Rolle und Ihren Ländern.',
    create: 'Neuen API-Schlüssel erstellen',
    replaces: 'Ein neuer Schlüssel ersetzt den bisherigen.',
    shownOnce: 'Kopieren Sie diesen Schlüssel jetzt: Er wird nur einmal angezeigt.',
    failed: 'Der Schlüssel konnte nicht erstellt werden',
  },
}

/** On one's own account page: makes a new API key on the server (POST /api/users/api-key) and shows it this once. */
export function ApiKeyPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const t = texts[i18n.language as keyof typeof texts] ?? texts.en
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
