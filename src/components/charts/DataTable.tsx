import { ScrollTable } from '@/components/ScrollTable'
import type { ChartRow } from './chart-rows'
import type { ChartSeries } from '@/view-models/chart-types'

interface Props {
  caption: string
  captionLang?: string
  labelHeading: string
  series: readonly ChartSeries[]
  rows: readonly ChartRow[]
  format: (value: number) => string
  noValue: string
}

/** The figures of a chart as a table: the chart's text alternative. */
export function DataTable({ caption, captionLang, labelHeading, series, rows, format, noValue }: Props) {
  return (
    <ScrollTable caption={caption} captionLang={captionLang} columns={[labelHeading, ...series.map((s) => ({ label: s.name, numeric: true, lang: s.lang }))]}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" lang={row.lang}>
              {row.label}
            </th>
            {row.values.map((value, i) =>
              value === null ? (
                <td key={i} className="number">
                  <span aria-hidden="true">–</span>
                  <span className="visually-hidden">{noValue}</span>
                </td>
              ) : (
                <td key={i} className="number">
                  {format(value)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  )
}
