/**
 * The zod schema of a practice as it enters the system (seed data, imports,
 * APIs), derived from the registry: one property per field, plus the record's
 * identity and structure. Localized texts are objects keyed by locale with English
 * required; narratives are plain text with blank lines between paragraphs.
 */
import { z } from 'zod'

import { httpUrlExpected, isHttpUrl, metricKeyFormat, period, slugFormat, sourceKeyFormat, timeOfDay } from './formats'
import { byKind, type KindHandlers } from './kind-handlers'
import { dimensionOptions, languageCodes, unitOptions } from './record'
import { recordFields } from './record-fields'
import { allQuestions } from './index'
import { weekdays, type FieldKind, type Option, type Question } from './types'

const keysOf = (options: readonly Option[]) => z.enum(options.map((o) => o.key) as [string, ...string[]])

export const localizedText = z
  .object({ en: z.string().trim().min(1), nl: z.string().optional(), fr: z.string().optional(), de: z.string().optional() })
  .strict()
export type LocalizedText = z.infer<typeof localizedText>

const url = z.string().refine(isHttpUrl, httpUrlExpected)
const language = z.enum(languageCodes as unknown as [string, ...string[]])

const openingSlot = z
  .object({ day: z.enum(weekdays), from: z.string().regex(timeOfDay, 'HH:MM'), to: z.string().regex(timeOfDay, 'HH:MM') })
  .strict()
  .refine((slot) => slot.from < slot.to, 'an opening slot must end after it starts')

const person = z
  .object({
    name: z.string().trim().min(1),
    jobTitle: localizedText.optional(),
    email: z.email().optional(),
    phone: z.string().optional(),
    isPublic: z.boolean().default(false),
  })
  .strict()

const indicator = z
  .object({
    // The vocabulary lives in the database (collections/metrics): the import checks that the key is in it.
    metric: z.string().regex(metricKeyFormat, 'a metric key in camelCase, e.g. chats'),
    label: localizedText.optional(),
    period: z.string().regex(period, 'a year (2016) or a school year (2016-17)'),
    value: z.number().finite(),
    unit: keysOf(unitOptions),
    dimension: keysOf(dimensionOptions).optional(),
    category: localizedText.optional(),
    source: z.string().regex(sourceKeyFormat),
  })
  .strict()
export type IndicatorInput = z.infer<typeof indicator>

const schemaByKind = {
  multi: (field) => z.array(keysOf(field.options)),
  single: (field) => keysOf(field.options),
  narrative: () => localizedText,
  shortText: () => localizedText,
  yesNo: () => z.boolean(),
  url: () => url,
  languages: () => z.array(language),
  language: () => language,
  date: () => z.iso.date(),
  organisations: () => z.array(z.string()),
  openingHours: () => z.array(openingSlot),
  persons: () => z.array(person),
  indicators: () => z.array(indicator),
} satisfies KindHandlers<[], z.ZodType>

const fieldSchema = (field: Question): z.ZodType => {
  const schema = byKind<[], z.ZodType>(schemaByKind, field)
  return field.required ? schema : schema.optional()
}

const shapeOf = (fields: readonly Question[]) => Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])) as Record<string, z.ZodType>

const sourcesSchema = z.array(
  z
    .object({
      key: z.string().regex(sourceKeyFormat),
      title: z.string().min(1),
      url: url.optional(),
      publisher: z.string().optional(),
      date: z.string().optional(),
    })
    .strict(),
)

const lead = {
  slug: z.string().regex(slugFormat, 'lower-case letters, digits and hyphens'),
  title: localizedText,
  summary: localizedText.optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter ISO country code such as BE'),
}
const tail = {
  pathway: z
    .array(z.object({ title: localizedText, actor: localizedText.optional(), description: localizedText.optional() }).strict())
    .optional(),
  sources: sourcesSchema.optional(),
  published: z.boolean().default(false),
}
/** The record: its identity and structure around the registry's record fields, in the order of the exchange columns. */
const recordShape = { ...lead, ...shapeOf(recordFields), ...tail }

type KindValue<K extends FieldKind> = z.output<ReturnType<(typeof schemaByKind)[K]>>
type RecordField = (typeof recordFields)[number]
type RecordValues = { [F in RecordField as F extends { required: true } ? F['key'] : never]: KindValue<F['kind']> } & {
  [F in RecordField as F extends { required: true } ? never : F['key']]?: KindValue<F['kind']>
}
type Answers = { [questionKey: string]: unknown }
const identitySchema = z.object({ ...lead, ...tail })
/** A practice as written in seed data and import files. Framework answers are keyed by question key. */
export type PracticeInput = z.output<typeof identitySchema> & RecordValues & Answers
export type PracticeInputRaw = z.input<typeof identitySchema> & RecordValues & Answers

export const practiceInputSchema = z
  .object({ ...recordShape, ...shapeOf(allQuestions()) })
  .strict()
  .superRefine((practice, ctx) => {
    const keys = new Set((practice.sources ?? []).map((s) => s.key))
    const indicators = ((practice as Answers).indicators ?? []) as IndicatorInput[]
    indicators.forEach((item, index) => {
      if (!keys.has(item.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', index, 'source'],
          message: `"${item.source}" is not one of this practice's sources`,
        })
      }
    })
  }) as unknown as z.ZodType<PracticeInput, PracticeInputRaw>
