/**
 * The catalogue's facets, derived from the registry's `facet` flags: which URL parameter filters which
 * stored value, and the options it offers. `mask` facets are multi-valued selects counted through the
 * bit-set columns kept by the database (bit i = option i, see src/data/facet-masks-sql.ts); `column`
 * facets are single values.
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

const languageOptions: Option[] = languageCodes.map((code) => ({ key: code, label: languageName(code) }))

type FacetField = (MultiChoice | SingleChoice | Languages) & { facet: FacetSpec }

function facetOf(field: FacetField): Facet {
  const { param } = field.facet
  const label = field.facet.label ?? field.label
  if (field.kind === 'single') return { param, label, kind: 'column', column: snakeCase(field.key), options: field.options }
  const { column, table, intType } = maskStorage(field.key)
  const options = field.kind === 'multi' ? field.options : languageOptions
  return { param, label, kind: 'mask', column, table, wide: intType === 'bigint', options }
}

/** Fields with a facet flag, in the order of their positions. */
export const facetFields: readonly FacetField[] = allFields()
  .filter((f): f is FacetField => 'facet' in f && f.facet !== undefined)
  .sort((a, b) => a.facet.position - b.facet.position)

export const facets: readonly Facet[] = [
  { param: 'country', label: labelsOf('common.country'), kind: 'country', column: 'country_id' },
  ...facetFields.map(facetOf),
]
