import { dimensionOptions } from '@/framework/record'
import { ScrollTable } from '@/components/ScrollTable'
import { formatIndicatorValue } from '@/view-models/practice/indicator-format'
import { indicatorText, type Indicator } from '@/view-models/practice/indicator-figures'
import { optionLabelIn } from '@/framework'
import type { Reading } from '@/view-models/practice/reading'
import { SourceCitation } from './SourceCitation'

/** Every figure of the practice as entered, each with its source: nothing charted is left out here. */
export function IndicatorTable({ indicators, reading }: { indicators: readonly Indicator[]; reading: Reading }) {
  const { locale, t, langOf, metricName } = reading
  return (
    <ScrollTable caption={t.allFigures} className="indicator-table" columns={[t.metric, t.period, t.breakdown, { label: t.value, numeric: true }, t.source]}>
      <tbody>
        {indicators.map((row, index) => {
          const figure = { id: row.id ?? String(index) }
          return (
            <tr key={figure.id}>
              <th scope="row" lang={row.label ? langOf(indicatorText(figure, 'label')) : undefined}>
                {row.label || metricName(row.metric)}
              </th>
              <td>{row.period}</td>
              <td>
                {row.dimension && `${optionLabelIn(dimensionOptions, row.dimension, locale)}: `}
                {row.category && <span lang={langOf(indicatorText(figure, 'category'))}>{row.category}</span>}
              </td>
              <td className="number">{formatIndicatorValue(row.value, row.unit, locale)}</td>
              <td>
                <SourceCitation sourceKey={row.source} reading={reading} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </ScrollTable>
  )
}
