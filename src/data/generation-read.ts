/**
 * SQL reads answered from a per-instance cache while the database's catalogue generation (bumped by every
 * write to practices and country names) stays the same; see generation-cache.ts.
 */
import 'server-only'

import { currentGeneration } from './catalogue-generation'
import { GenerationCache } from './generation-cache'
import { payloadClient } from './payload-client'

/** What a read needs of a connection: a pg pool or client. */
export interface Queryable {
  query: <Row>(text: string, values: unknown[]) => Promise<{ rows: Row[] }>
}

export interface ReadOptions {
  /** A pg pool or client; by default Payload's pool. */
  db?: Queryable
  /** Reuse an answer computed since the last write to practices (default true). */
  cache?: boolean
}

/** Payload's connection pool. */
export const payloadPool = async (): Promise<Queryable> => ((await payloadClient()).db as unknown as { pool: Queryable }).pool

/**
 * The answer for `key` computed since the last write to practices, or a fresh one (then kept). `compute`
 * learns the generation it answers for, so that it can use what else is kept per generation.
 */
export async function readThroughGeneration<Value>(
  cache: GenerationCache<Value>,
  key: string,
  compute: (db: Queryable, generation: string) => Promise<Value>,
  options: ReadOptions = {},
): Promise<Value> {
  const db = options.db ?? (await payloadPool())
  const generation = await currentGeneration(db)
  if (options.cache === false) return compute(db, generation)
  const cached = cache.get(generation, key)
  if (cached !== undefined) return cached
  const value = await compute(db, generation)
  cache.set(generation, key, value)
  return value
}
