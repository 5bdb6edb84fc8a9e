/**
 * Migration data step: writes the initial metric vocabulary (src/framework/metric-vocabulary.ts) into the
 * `metrics` collection as approved metrics, with their labels in the four languages, so that the indicators
 * stored before metrics became a collection keep their keys and labels. Rows already there are left alone.
 */
import { sql } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'

import { initialMetrics, type Metric } from '@/framework/metric-vocabulary'
import { locales } from '@/framework/types'

/** Two statements (parameters allow one per query): the metrics, then their labels. */
export function seedMetricVocabularySql(metrics: readonly Metric[] = initialMetrics): SQL[] {
  const rows = sql.join(
    metrics.map((m) => sql`(${m.key}, ${m.unit}::enum_metrics_unit, ${m.kind}::enum_metrics_kind, 'approved')`),
    sql`, `,
  )
  const labels = sql.join(
    metrics.flatMap((m) => locales.map((locale) => sql`(${m.key}, ${locale}::_locales, ${m.label[locale]})`)),
    sql`, `,
  )
  return [
    sql`INSERT INTO "metrics" ("id", "unit", "kind", "status") VALUES ${rows} ON CONFLICT ("id") DO NOTHING`,
    sql`INSERT INTO "metrics_locales" ("_parent_id", "_locale", "label") VALUES ${labels} ON CONFLICT ("_locale", "_parent_id") DO NOTHING`,
  ]
}
