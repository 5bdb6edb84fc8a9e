import type { FieldKind, Question } from './types'

/** The definition type of one kind of field. */
export type OfKind<K extends FieldKind> = Extract<Question, { kind: K }>

/**
 * A table with one handler per kind of field. Tables are declared with `satisfies KindHandlers<…>`, so a new
 * kind does not compile until every table handles it.
 */
export type KindHandlers<Args extends unknown[], Result> = { [K in FieldKind]: (field: OfKind<K>, ...args: Args) => Result }

/** Calls the handler of the field's kind. */
export const byKind = <Args extends unknown[], Result>(table: KindHandlers<Args, Result>, field: Question, ...args: Args): Result =>
  // A handler's parameter is narrowed to its kind; TypeScript cannot follow the correlation through the index.
  (table[field.kind] as (field: Question, ...args: Args) => Result)(field, ...args)
