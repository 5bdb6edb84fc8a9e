import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { MetricStatus } from '@/framework/metric-vocabulary'

/**
 * The metric keys a writer may put on indicators, with their status: for a user, the metrics their read
 * access shows (approved ones, plus a coordinator's own proposals); without a user (server code), all.
 */
export async function usableMetrics(payload: Payload, user: TypedUser | null | undefined, req?: Partial<PayloadRequest>): Promise<Map<string, MetricStatus>> {
  const { docs } = await payload.find({
    collection: 'metrics',
    overrideAccess: !user,
    user: user ?? undefined,
    depth: 0,
    pagination: false,
    select: { status: true },
    req,
  })
  return new Map(docs.map((m) => [m.id, m.status]))
}
