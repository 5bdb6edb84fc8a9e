import type { ReactNode } from 'react'

/** A column's heading: its text, or its content with whether the column holds figures (right-aligned) and its language. */
export type ColumnHeading = string | { label: ReactNode; numeric?: boolean; lang?: string }

/** A table's header row: one `<th scope="col">` per column. */
export function TableHead({ columns }: { columns: readonly ColumnHeading[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) => {
          const { label, numeric, lang } = typeof column === 'string' ? { label: column } : column
          return (
            <th key={i} scope="col" className={numeric ? 'number' : undefined} lang={lang}>
              {label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
