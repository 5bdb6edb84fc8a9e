import type { ReactNode } from 'react'

import { TableHead, type ColumnHeading } from './TableHead'
import { TableScroll } from './TableScroll'

interface Props {
  /** the table's caption, which also names the region that scrolls it */
  caption: string
  captionLang?: string
  /** for screen readers only, where a visible title says it already */
  captionHidden?: boolean
  className?: string
  columns: readonly ColumnHeading[]
  /** what follows the header row: the table's body (or bodies) and foot */
  children: ReactNode
}

/** A table with its caption and header row, in a region that scrolls sideways on a phone. */
export function ScrollTable({ caption, captionLang, captionHidden, className, columns, children }: Props) {
  return (
    <TableScroll label={caption}>
      <table className={className}>
        <caption lang={captionLang} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <TableHead columns={columns} />
        {children}
      </table>
    </TableScroll>
  )
}
