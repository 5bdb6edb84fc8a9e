/**
 * Where the database keeps what a facet or chart counts, named as Payload names a field's storage
 * (`practices_<key in snake case>` for a multi-valued select, a `<key in snake case>` column for a single
 * one), and the bit-set column the catalogue keeps beside it for a multi-valued facet.
 */
import { findField, type Question } from '@/framework'
import { languageCodes } from '@/framework/record'

export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

export const optionCount = (field: Question): number =>
  field.kind === 'languages' ? languageCodes.length : field.kind === 'multi' || field.kind === 'single' ? field.options.length : 0

export interface MaskStorage {
  /** select table of the field */
  table: string
  /** its enum type (option order = bit order) */
  enumType: string
  /** the bit-set column on "practices" */
  column: string
  /** an integer holds 31 options; more need a bigint */
  intType: 'integer' | 'bigint'
}

export function maskStorage(key: string): MaskStorage {
  const field = findField(key)
  if (field?.kind !== 'multi' && field?.kind !== 'languages') throw new Error(`${key} is not a multi-valued field`)
  const name = snakeCase(key)
  return {
    table: `practices_${name}`,
    enumType: `enum_practices_${name}`,
    column: `${name}_mask`,
    intType: optionCount(field) > 31 ? 'bigint' : 'integer',
  }
}
