import { CategoryBarChart } from '@/components/charts/CategoryBarChart'
import type { DimensionChart } from '@/view-models/countries/coverage-charts'

/** The charts of coverage dimensions, with a sentence for each dimension no practice states. */
export function CoverageCharts({ charts }: { charts: readonly DimensionChart[] }) {
  return (
    <>
      {charts.map((item) => ('chart' in item ? <CategoryBarChart key={item.key} {...item.chart} /> : <p key={item.key}>{item.empty}</p>))}
    </>
  )
}
