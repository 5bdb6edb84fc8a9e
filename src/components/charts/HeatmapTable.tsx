import { ScrollTable } from '@/components/ScrollTable'
import { heatLevel, heatShades } from './palette'

interface Props {
  /** unique on the page */
  id: string
  title: string
  /** heading of the column of row labels, naming both dimensions (e.g. "Target group \ ICT function") */
  corner: string
  rows: readonly { key: string; label: string }[]
  columns: readonly { key: string; label: string }[]
  /** cells[row][column] */
  cells: readonly (readonly number[])[]
  /** how to read the shading, shown under the title */
  note: string
  locale: string
}

/**
 * Counts by two dimensions as a table whose cells are shaded by their count: the table is the chart, so
 * it needs no other text alternative; every cell states its number, the shading only helps the eye.
 */
export function HeatmapTable({ id, title, corner, rows, columns, cells, note, locale }: Props) {
  const max = Math.max(0, ...cells.flat())
  const format = new Intl.NumberFormat(locale).format
  return (
    <figure className="chart heatmap" aria-labelledby={`${id}-title`}>
      <figcaption>
        <span className="chart-title" id={`${id}-title`}>
          {title}
        </span>
      </figcaption>
      <p className="chart-note">{note}</p>
      <p className="heat-legend" aria-hidden="true">
        {format(0)}
        {heatShades.map((shade) => (
          <span key={shade.background} className="heat-swatch" style={{ background: shade.background }} />
        ))}
        {format(max)}
      </p>
      <ScrollTable caption={title} captionHidden className="heatmap-table" columns={[corner, ...columns.map((column) => column.label)]}>
        <tbody>
          {rows.map((row, i) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((column, j) => {
                const value = cells[i]?.[j] ?? 0
                const shade = heatShades[heatLevel(value, max)]
                return (
                  <td key={column.key} className="number" style={{ background: shade.background, color: shade.text }}>
                    {format(value)}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </figure>
  )
}
