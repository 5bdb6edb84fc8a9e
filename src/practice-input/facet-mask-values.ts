/**
 * The catalogue's bit sets of a practice (src/data/facet-masks-sql.ts), computed from its select values as the
 * database's atlas_refresh_masks computes them: bit i for option i of the field, the order of its enum and of the
 * registry (tests/int/facet-storage.int.test.ts checks both agree). A bulk write puts them into the practice rows
 * it writes, where updating every written row once more afterwards took 5.5 s of a 10,000-row import.
 */
import { facetFields, maskOptions } from '@/data/catalogue-facets'
import { maskStorage } from '@/data/facet-storage'
import { sqlColumnKey, type Row } from './document-rows'

const maskedFields = facetFields.flatMap((field) => {
  if (field.kind === 'single') return []
  const bitOf = new Map(maskOptions(field).map((option, i) => [option.key, 1n << BigInt(i)]))
  return [{ key: field.key, rowKey: sqlColumnKey(maskStorage(field.key).column), bitOf }]
})

/** The row keys of the bit-set columns. */
export const maskColumnKeys: readonly string[] = maskedFields.map((field) => field.rowKey)

/** The bit-set columns of a practice whose non-localized values are `values`, as decimal text (some are bigint). */
export function maskValues(values: Row): Row {
  const row: Row = {}
  for (const { key, rowKey, bitOf } of maskedFields) {
    let mask = 0n
    for (const value of (values[key] as readonly string[] | undefined) ?? []) mask |= bitOf.get(value) ?? 0n
    row[rowKey] = mask.toString()
  }
  return row
}
