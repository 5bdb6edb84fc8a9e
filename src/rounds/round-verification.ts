import { sql } from '@payloadcms/db-postgres'

import type { SqlRunner } from '@/practice-input/write-rows'
import type { VerifyState } from './round-steps'

/** A practice's round fields (collections/practices/round-fields.ts). */
export interface RoundValues {
  verifyState: VerifyState | null
  verifyRound: number | null
  lastVerifiedAt: string | null
  lastVerifiedRound: number | null
}

export const noRoundValues: RoundValues = { verifyState: null, verifyRound: null, lastVerifiedAt: null, lastVerifiedRound: null }

/** The round now open, with the country codes in its scope (empty: all). At most one round is open (openRound sees to it). */
export interface OpenRound {
  id: number
  name: string
  countries: string[]
}

export async function currentOpenRound(db: SqlRunner): Promise<OpenRound | null> {
  const { rows } = await db.execute(sql`
    SELECT r.id, r.name, coalesce(array_agg(c.value::text) FILTER (WHERE c.value IS NOT NULL), '{}') AS countries
    FROM rounds r LEFT JOIN rounds_countries c ON c.parent_id = r.id
    WHERE r.opens_at IS NOT NULL AND r.closed_at IS NULL
    GROUP BY r.id ORDER BY r.opens_at DESC LIMIT 1`)
  const row = rows[0]
  return row ? { id: Number(row.id), name: String(row.name), countries: row.countries as string[] } : null
}

export const roundCovers = (round: OpenRound, country: string | null | undefined): boolean =>
  round.countries.length === 0 || (typeof country === 'string' && round.countries.includes(country))

const isoOrNull = (value: unknown) => (value == null ? null : new Date(value as string).toISOString())
const idOrNull = (value: unknown) => (value == null ? null : Number(value))

/**
 * The round fields of practices as the document table holds them: the current values (a draft save writes its
 * version only, so the latest version may carry older ones). Missing ids have none.
 */
export async function storedRoundValues(db: SqlRunner, ids: readonly number[]): Promise<Map<number, RoundValues>> {
  if (ids.length === 0) return new Map()
  const { rows } = await db.execute(sql`
    SELECT id, verify_state, verify_round_id, last_verified_at, last_verified_round_id FROM practices WHERE id = ANY(${sql.param([...ids])}::int[])`)
  return new Map(
    rows.map((row) => [
      Number(row.id),
      {
        verifyState: (row.verify_state as VerifyState | null) ?? null,
        verifyRound: idOrNull(row.verify_round_id),
        lastVerifiedAt: isoOrNull(row.last_verified_at),
        lastVerifiedRound: idOrNull(row.last_verified_round_id),
      },
    ]),
  )
}

/**
 * The round fields after a save that is no round step: publishing a practice of a country in the open round's scope
 * verifies it there ("updated", last verified now); anything else keeps the stored values.
 */
export function roundValuesAfterSave(stored: RoundValues, save: { publishing: boolean; country: string | null | undefined; open: OpenRound | null; at: string }): RoundValues {
  const { publishing, country, open, at } = save
  if (publishing && open && roundCovers(open, country)) return { verifyState: 'updated', verifyRound: open.id, lastVerifiedAt: at, lastVerifiedRound: open.id }
  return stored
}
