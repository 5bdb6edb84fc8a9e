/**
 * The registry: every stored field of a practice that has a definition, the whole record first, then the
 * framework's questions in section order. Keys are typed: `fieldByKey('policyStage')` is the single-choice
 * definition itself, and a misspelt key does not compile.
 */
import { identityFields, structureFields } from './identity-fields'
import { recordFields } from './record-fields'
import { sections } from './sections'
import type { Question } from './types'

/** The whole record outside the framework: its identity, the record fields, its structure (the admin's Record tab). */
export const wholeRecord = [...identityFields, ...recordFields, ...structureFields] as const
export type RecordField = (typeof wholeRecord)[number]

export type AnyField = RecordField | (typeof sections)[number]['questions'][number]
export type FieldKey = AnyField['key']
export type FieldOf<K extends FieldKey> = Extract<AnyField, { key: K }>

const fieldList: readonly AnyField[] = [...wholeRecord, ...sections.flatMap((s): readonly AnyField[] => s.questions)]
const fieldIndex: ReadonlyMap<string, AnyField> = new Map(fieldList.map((f) => [f.key, f]))

/** Every field, the whole record first, then the framework's questions: the order of the exchange columns. */
export const allFields = (): readonly Question[] => fieldList

export const fieldByKey = <K extends FieldKey>(key: K): FieldOf<K> => fieldIndex.get(key) as FieldOf<K>

/** The definition of a field named at run time (an import column, a URL parameter), if there is one. */
export const findField = (key: string): Question | undefined => fieldIndex.get(key)

/** Record fields shown in the comparison, in order. */
export const comparedRecordFields: readonly Question[] = wholeRecord.filter((f) => !('compare' in f))

/** Record fields listed on the practice page, in order. */
export const listedRecordFields: readonly Question[] = wholeRecord.filter((f) => !('page' in f))
