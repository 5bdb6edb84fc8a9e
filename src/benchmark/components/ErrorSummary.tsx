'use client'

import { useEffect, useRef } from 'react'

/** The reasons a save failed, announced and focused so that keyboard and screen-reader users land on them. */
export function ErrorSummary({ heading, errors, attempt }: { heading: string; errors: readonly string[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus()
  }, [attempt, errors.length])
  if (errors.length === 0) return null
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-heading">
      <h2 id="error-summary-heading">{heading}</h2>
      <ul>
        {errors.map((error) => (
          <li key={error}>{error}</li>
        ))}
      </ul>
    </div>
  )
}
