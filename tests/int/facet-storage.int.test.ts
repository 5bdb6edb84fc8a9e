/** The database keeps what the registry's facet flags say: a bit-set column with its triggers per multi-valued facet, a column per single one. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { facets } from '@/data/catalogue-facets'
import { payloadForTests } from '../support/payload'

let payload: Payload
beforeAll(async () => {
  payload = await payloadForTests()
})
afterAll(async () => payload?.destroy())

const rowsOf = async <Row>(text: string) => (await payload.db.drizzle.execute(text)).rows as Row[]

it('has a bit-set column of the right width and insert and delete triggers for every mask facet, and no other', async () => {
  const columns = await rowsOf<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'practices' AND column_name LIKE '%\\_mask' ORDER BY column_name`,
  )
  const masks = facets.flatMap((f) => (f.kind === 'mask' ? [f] : []))
  expect(columns).toEqual(
    masks.map((f) => ({ column_name: f.column, data_type: f.wide ? 'bigint' : 'integer' })).sort((a, b) => a.column_name.localeCompare(b.column_name)),
  )
  const triggers = await rowsOf<{ table: string; trigger: string }>(
    `SELECT c.relname AS table, t.tgname AS trigger FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE '%\\_masks\\_%' ORDER BY 2`,
  )
  expect(triggers).toEqual(
    masks.flatMap((f) => [`${f.table}_masks_del`, `${f.table}_masks_ins`].map((trigger) => ({ table: f.table, trigger }))).sort((a, b) => a.trigger.localeCompare(b.trigger)),
  )
})

it('refreshes every mask column and counts options in the order of the enum', async () => {
  const [definition] = await rowsOf<{ body: string }>(`SELECT pg_get_functiondef('atlas_refresh_masks(integer[])'::regprocedure) AS body`)
  for (const facet of facets) {
    if (facet.kind !== 'mask') continue
    expect(definition!.body).toContain(`"${facet.column}" = coalesce(`)
    const [labels] = await rowsOf<{ values: string[] }>(`SELECT enum_range(NULL::"enum_${facet.table}")::text[] AS values`)
    expect(labels!.values).toEqual(facet.options.map((o) => o.key))
  }
})

it('has a column for every single-value facet', async () => {
  const columns = await rowsOf<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'practices'`)
  const names = columns.map((c) => c.column_name)
  for (const facet of facets) if (facet.kind === 'column') expect(names).toContain(facet.column)
})
