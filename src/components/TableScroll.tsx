import type { ReactNode } from 'react'

/**
 * Lets a wide table scroll sideways on a phone. The region is focusable so that keyboard users can
 * scroll it too (WCAG 2.1.1), and named after the table.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
