import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { metricKeyFormat } from '@/framework/formats'
import { metricKinds } from '@/framework/metric-vocabulary'
import { unitOptions } from '@/framework/record'
import { locales } from '@/framework/types'
import type { Metric } from '@/payload-types'

const label = z.object(Object.fromEntries(locales.map((l) => [l, z.string().min(1)])) as Record<(typeof locales)[number], z.ZodString>).strict()

const demoMetricsFile = z
  .object({
    metrics: z.array(
      z
        .object({
          key: z.string().regex(metricKeyFormat),
          label,
          unit: z.enum(unitOptions.map((o) => o.key) as [string, ...string[]]),
          kind: z.enum(metricKinds),
          description: z.string(),
        })
        .strict(),
    ),
  })
  .strict()

/**
 * seed/metrics.json: the metrics the demo inventory's figures need beyond the vocabulary the `metrics`
 * migration writes (service points, participants, budget, ...), each with what it counts (`description`).
 */
export const demoMetrics = () => demoMetricsFile.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, 'metrics.json'), 'utf8'))).metrics

/** Writes the demo metrics, approved, inside the seed's transaction. */
export async function seedDemoMetrics(payload: Payload, req: PayloadRequest): Promise<void> {
  for (const metric of demoMetrics()) {
    await payload.create({ collection: 'metrics', data: { id: metric.key, label: metric.label.en, unit: metric.unit as Metric['unit'], kind: metric.kind, status: 'approved' }, locale: 'en', req })
    for (const locale of locales.filter((l) => l !== 'en')) {
      await payload.update({ collection: 'metrics', id: metric.key, data: { label: metric.label[locale] }, locale, req })
    }
  }
}
