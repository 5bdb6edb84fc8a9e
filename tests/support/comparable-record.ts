/**
 * A practice (or version) as read back, without what differs between any two records
 * written the same way (ids, slugs, times, the digest of the input, which holds the
 * slug) and without empty values: Payload reads a missing translation as null or
 * leaves it out depending on the order of earlier writes.
 */
const varying = new Set(['id', '_uuid', 'slug', 'createdAt', 'updatedAt', 'submittedAt', 'parent', 'inputDigest'])

export function comparableRecord(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparableRecord)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, inner]) => inner !== null && inner !== undefined && !varying.has(key))
      .map(([key, inner]) => [key, comparableRecord(inner)]),
  )
}
