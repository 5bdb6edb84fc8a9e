'use client'

import { useEffect, useRef, type ReactNode } from 'react'

/** Below this width the filters would push the results a screen down: they start closed there. */
const narrow = '(max-width: 47.99rem)'

/**
 * The catalogue's filters as a disclosure above the results. Served open, so that they work without
 * JavaScript at every width; on a phone the script closes them, leaving "Filters (n)" above the results.
 */
export function FiltersDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  const details = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (details.current && window.matchMedia(narrow).matches) details.current.open = false
  }, [])
  return (
    <details className="facets" open ref={details}>
      <summary>{summary}</summary>
      {children}
    </details>
  )
}
