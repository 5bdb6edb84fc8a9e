'use client'

import { useEffect, useState } from 'react'

/** Opens the browser's print dialog; shown only once JavaScript runs (without it, the browser's own Print does the same). */
export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null
  return (
    <p>
      <button type="button" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  )
}
