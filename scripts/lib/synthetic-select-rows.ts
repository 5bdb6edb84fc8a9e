/**
 * Funding types and barriers for the synthetic practices: insertSyntheticPractices writes only the
 * select tables the catalogue keeps bit sets for, so that aggregates over the other select tables
 * (country profiles, the home page) have rows to count under load. Choices are a deterministic hash of
 * the record id, about 30% per option.
 */
import type pg from 'pg'

import { fieldByKey } from '@/framework'

const tables = [
  { question: 'fundingTypes', table: 'practices_funding_types' },
  { question: 'barriers', table: 'practices_barriers' },
] as const

export async function insertSyntheticSelectRows(client: pg.Client | pg.PoolClient): Promise<void> {
  for (const { question, table } of tables) {
    const options = fieldByKey(question).options.map((o) => o.key)
    await client.query(
      `INSERT INTO ${table} ("order", parent_id, value)
       SELECT row_number() OVER (PARTITION BY p.id ORDER BY o.k), p.id, o.v::enum_${table}
       FROM practices p CROSS JOIN unnest($1::text[]) WITH ORDINALITY o(v, k)
       WHERE p.synthetic AND abs(hashtext(p.id::text || '${table}' || o.k)) % 100 < 30
         AND NOT EXISTS (SELECT 1 FROM ${table} x WHERE x.parent_id = p.id)`,
      [options],
    )
  }
}
