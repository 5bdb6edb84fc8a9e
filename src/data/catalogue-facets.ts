/**
 * The catalogue's facets, derived from the registry's `facet` flags: which URL parameter filters which
 * stored value, and the options it offers. `mask` facets are multi-valued selects counted through the
 * bit-set columns kept by the database (bit i = option i, see src/data/facet-masks-sql.ts); `column`
 * facets are single values; a `since` facet's one option keeps the practices whose date column falls in the
 * last `months` months (counted from the start of today, UTC, so that answers hold for the day).
 */
import { allFields, type FacetSpec, type Languages, type MultiChoice, type Option, type SingleChoice, type Text } from '@/framework'
import { languageName } from '@/framework/language-names'
import { languageCodes } from '@/framework/record'
import { labelsOf } from '@/i18n/labels-of'
import { maskStorage, snakeCase } from './facet-storage'

export type Facet =
  | { param: string; label: Text; kind: 'mask'; column: string; table: string; wide: boolean; options: readonly Option[] }
  | { param: string; label: Text; kind: 'column'; column: string; options: readonly Option[] }
  | { param: string; label: Text; kind: 'country'; column: string }
  | { param: string; label: Text; kind: 'since'; column: string; months: number; options: readonly Option[] }

const languageOptions: Option[] = languageCodes.map((code) => ({ key: code, label: languageName(code) }))

type FacetField = (MultiChoice | SingleChoice | Languages) & { facet: FacetSpec }

/** A multi-valued field's options in the order of its bit set's bits (bit i = option i). */
export const maskOptions = (field: MultiChoice | Languages): readonly Option[] => (field.kind === 'multi' ? field.options : languageOptions)

function facetOf(field: FacetField): Facet {
  const { param } = field.facet
  const label = field.facet.label ?? field.label
  if (field.kind === 'single') return { param, label, kind: 'column', column: snakeCase(field.key), options: field.options }
  const { column, table, intType } = maskStorage(field.key)
  return { param, label, kind: 'mask', column, table, wide: intType === 'bigint', options: maskOptions(field) }
}

/** Fields with a facet flag, in the order of their positions. */
export const facetFields: readonly FacetField[] = allFields()
  .filter((f): f is FacetField => 'facet' in f && f.facet !== undefined)
  .sort((a, b) => a.facet.position - b.facet.position)

/** Practices confirmed or updated in an update round (src/rounds) within the last 12 months. */
const verifiedFacet: Facet = {
  param: 'verified',
  label: labelsOf('catalogue.verifiedFacet'),
  kind: 'since',
  column: 'last_verified_at',
  months: 12,
  options: [{ key: 'last12Months', label: labelsOf('catalogue.verifiedRecently') }],
}

export const facets: readonly Facet[] = [
  { param: 'country', label: labelsOf('common.country'), kind: 'country', column: 'country_id' },
  ...facetFields.map(facetOf),
  verifiedFacet,
]

/** The earliest date a `since` facet keeps: the start of today (UTC) `months` months ago. */
export function sinceCutoff(months: number, now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()))
}
