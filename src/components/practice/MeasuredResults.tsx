import { CategoryBarChart } from '@/components/charts/CategoryBarChart'
import { TimeSeriesChart } from '@/components/charts/TimeSeriesChart'
import { groupChart } from '@/view-models/practice/group-chart'
import { figuresOf, type Indicator } from '@/view-models/practice/indicator-figures'
import { groupIndicators } from '@/view-models/practice/indicator-groups'
import { IndicatorTable } from './IndicatorTable'
import { KeyFigures } from './KeyFigures'
import type { Reading } from '@/view-models/practice/reading'

/**
 * The practice's indicators: a chart for each series over several periods and each breakdown into several
 * categories, the single figures as key figures, and below them every figure in one table.
 */
export function MeasuredResults({ indicators, reading }: { indicators: readonly Indicator[]; reading: Reading }) {
  const groups = groupIndicators(figuresOf(indicators))
  const charted = groups.filter((g) => g.rows.length > 1)
  const single = groups.filter((g) => g.rows.length === 1)
  return (
    <>
      {charted.map((group) => {
        const Chart = group.kind === 'series' ? TimeSeriesChart : CategoryBarChart
        return <Chart key={group.key} {...groupChart(group, reading)} />
      })}
      {single.length > 0 && (
        <>
          <h4>{reading.t.keyFigures}</h4>
          <KeyFigures groups={single} reading={reading} />
        </>
      )}
      <IndicatorTable indicators={indicators} reading={reading} />
    </>
  )
}
