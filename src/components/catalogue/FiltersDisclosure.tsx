import type { ReactNode } from 'react'

/**
 * The catalogue's filters as a disclosure above the results, served closed: on a phone "Filters (n)" sits
 * above the results and opens on demand; from 48rem the stylesheet shows the filters whatever the state
 * (::details-content), beside the results. No script decides it after loading, so nothing moves
 * (a disclosure served open and closed by a script shifted the whole results list on phones).
 */
export function FiltersDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="facets">
      <summary>{summary}</summary>
      {children}
    </details>
  )
}
