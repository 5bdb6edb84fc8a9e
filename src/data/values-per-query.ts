/**
 * Lists of values (ids, slugs) that go into Payload queries as `in` conditions: each value is a bind parameter of the
 * statement, and PostgreSQL takes at most 65,535, so a long list is asked for in parts.
 */

/** Values per query: well under PostgreSQL's limit, leaving room for the query's other parameters. */
export const VALUES_PER_QUERY = 10_000

/** `values` in consecutive parts of at most `size` (by default, what one query takes). */
export function* partsOf<T>(values: readonly T[], size = VALUES_PER_QUERY): Generator<T[]> {
  for (let start = 0; start < values.length; start += size) yield values.slice(start, start + size)
}

/** The documents `find` answers for `values`, one query per part. */
export async function findInParts<V, T>(values: readonly V[], find: (part: V[]) => Promise<{ docs: T[] }>): Promise<T[]> {
  const docs: T[] = []
  for (const part of partsOf(values)) docs.push(...(await find(part)).docs)
  return docs
}
