import type { Queryable } from './generation-read'

/**
 * The database's catalogue generation now: a counter that every write to practices and country names moves
 * (migration catalogue_generation). Read by the cached reads of src/data and by the server front's home page cache.
 */
export async function currentGeneration(db: Queryable): Promise<string> {
  const { rows } = await db.query<{ value: string }>('SELECT value::text FROM catalogue_generation', [])
  return rows[0]?.value ?? '0'
}
