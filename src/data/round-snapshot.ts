import 'server-only'

import { snapshotMessages } from '@/exchange/open-data-request'
import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { versionShape } from '@/practice-input/practice-rows'
import { OPEN_DATA_BATCH, practiceBatches } from './open-data'
import { payloadClient } from './payload-client'
import type { Viewer } from './viewer'

/** A round whose snapshot can be exported: closed, so its `round_versions` rows are final. */
export interface ClosedRound {
  id: number
  name: string
  closedAt: string
}

type Pool = { query: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** The rounds `viewer` may read, by name; closed ones first by closing date. */
async function roundsFor(viewer: Viewer, name?: string) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'rounds',
    where: name === undefined ? { closedAt: { exists: true } } : { name: { equals: name } },
    select: { name: true, closedAt: true },
    sort: 'closedAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
    user: viewer.user,
  })
  return docs
}

/** Every closed round, earliest first: a snapshot each. */
export async function closedRounds(viewer: Viewer): Promise<ClosedRound[]> {
  return (await roundsFor(viewer)).flatMap((round) => (round.closedAt ? [{ id: round.id, name: round.name, closedAt: round.closedAt }] : []))
}

/** The closed round named `name`, or why there is no snapshot of it (in `locale`). */
export async function closedRoundNamed(viewer: Viewer, name: string, locale: Locale): Promise<ClosedRound | { missing: string }> {
  const [round] = await roundsFor(viewer, name)
  const t = snapshotMessages(locale)
  if (!round) return { missing: t.noRound({ name }) }
  if (!round.closedAt) return { missing: t.stillOpen({ name }) }
  return { id: round.id, name: round.name, closedAt: round.closedAt }
}

/** The next keyset page of a round's snapshot: its versions by slug. */
const snapshotPage = (roundId: number, after: string | null) => ({
  text: `SELECT v.id, v.version_slug AS key FROM round_versions rv JOIN _practices_v v ON v.id = rv.version_id
         WHERE rv.round_id = $1 ${after === null ? '' : 'AND v.version_slug > $3'} ORDER BY v.version_slug LIMIT $2`,
  values: after === null ? [roundId, OPEN_DATA_BATCH] : [roundId, OPEN_DATA_BATCH, after],
})

/** The practices as they were published when `round` closed, read from the versions of its snapshot, by slug. */
export function roundSnapshotPractices(viewer: Viewer, round: ClosedRound): AsyncGenerator<Iterable<PracticeInput>> {
  return practiceBatches(viewer, versionShape, (after) => snapshotPage(round.id, after))
}

/** How many practices a round's snapshot holds. */
export async function roundSnapshotCount(round: ClosedRound): Promise<number> {
  const payload = await payloadClient()
  const { rows } = await (payload.db as unknown as { pool: Pool }).pool.query('SELECT count(*)::int AS count FROM round_versions WHERE round_id = $1', [round.id])
  return Number(rows[0].count)
}
