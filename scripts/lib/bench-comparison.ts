/**
 * Part of `npm run bench`, run in a child process per database because Payload reads DATABASE_URL once:
 * times the practice comparison's data work (Local API reads of four published practices, then the table
 * rows and charts) and writes p50/p95 per locale as JSON to the file named by the first argument.
 */
import { writeFile } from 'node:fs/promises'

import { comparisonSections } from '@/view-models/compare/compare-rows'
import { comparedMetricCharts } from '@/view-models/compare/metric-charts'
import { getComparedPractices } from '@/data/compare'
import { getMetricVocabulary } from '@/data/metrics'
import { payloadClient } from '@/data/payload-client'
import { anonymousViewer } from '@/data/viewer'
import type { Locale } from '@/framework/types'
import { measure, percentile } from './timing'

export interface ComparisonTiming {
  locale: Locale
  slugs: string[]
  p50: number
  p95: number
}

const payload = await payloadClient()
const pool = (payload.db as unknown as { pool: { query: (text: string) => Promise<{ rows: { slug: string }[] }> } }).pool
// Four published practices with figures, spread over the table.
const { rows } = await pool.query(
  `SELECT slug FROM (SELECT p.slug, row_number() OVER (ORDER BY p.id) AS n, count(*) OVER () AS total FROM practices p
     WHERE p._status = 'published' AND EXISTS (SELECT 1 FROM practices_indicators i WHERE i._parent_id = p.id)) s
   WHERE n IN (1, total / 3, 2 * total / 3, total) ORDER BY n`,
)
const slugs = rows.map((r) => r.slug)
const timings: ComparisonTiming[] = []
for (const locale of ['en', 'nl'] as const) {
  const compare = async () => {
    const { practices } = await getComparedPractices(anonymousViewer, slugs, locale)
    if (practices.length !== slugs.length) throw new Error(`Compared ${practices.length} of ${slugs.length} practices`)
    const metrics = await getMetricVocabulary(anonymousViewer)
    comparisonSections(practices, 'Record', locale, metrics)
    comparedMetricCharts(practices, locale, metrics)
  }
  const durations = await measure(compare)
  timings.push({ locale, slugs, p50: percentile(durations, 50), p95: percentile(durations, 95) })
}
await writeFile(process.argv[2]!, JSON.stringify(timings))
await payload.destroy()
process.exit(0)
