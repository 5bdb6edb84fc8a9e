/**
 * The zod schema of a practice as it enters the system (seed data, imports,
 * APIs), derived from the registry: one property per field, plus whether it is
 * published. Localized texts are objects keyed by locale with English
 * required; narratives are plain text with blank lines between paragraphs.
 * The schema is built once per interface language, so that what it says a
 * value should be reaches an importer in their language (schema-messages.ts).
 */
import { z } from 'zod'

import { isHttpUrl, metricKeyFormat, period, slugFormat, sourceKeyFormat, timeOfDay } from './formats'
import { byKind, type KindHandlers } from './kind-handlers'
import { dimensionOptions, languageCodes, unitOptions } from './record'
import { wholeRecord, type RecordField } from './registry'
import { schemaErrorMap, schemaMessages, type SchemaMessages } from './schema-messages'
import { allQuestions } from './index'
import { defaultLocale, weekdays, type FieldKind, type Locale, type Option, type Question } from './types'

const keysOf = (options: readonly Option[]) => z.enum(options.map((o) => o.key) as [string, ...string[]])

export const localizedText = z
  .object({ en: z.string().trim().min(1), nl: z.string().optional(), fr: z.string().optional(), de: z.string().optional() })
  .strict()
export type LocalizedText = z.infer<typeof localizedText>

const url = (m: SchemaMessages) => z.string().refine(isHttpUrl, m.httpUrl)
const language = z.enum(languageCodes as unknown as [string, ...string[]])

const openingSlot = (m: SchemaMessages) =>
  z
    .object({ day: z.enum(weekdays), from: z.string().regex(timeOfDay, m.timeOfDay), to: z.string().regex(timeOfDay, m.timeOfDay) })
    .strict()
    .refine((slot) => slot.from < slot.to, m.slotOrder)

const person = z
  .object({
    name: z.string().trim().min(1),
    jobTitle: localizedText.optional(),
    email: z.email().optional(),
    phone: z.string().optional(),
    isPublic: z.boolean().default(false),
  })
  .strict()

const indicator = (m: SchemaMessages) =>
  z
    .object({
      // The vocabulary lives in the database (collections/metrics): the import checks that the key is in it.
      metric: z.string().regex(metricKeyFormat, m.metricKey),
      label: localizedText.optional(),
      period: z.string().regex(period, m.period),
      value: z.number().finite(),
      unit: keysOf(unitOptions),
      dimension: keysOf(dimensionOptions).optional(),
      category: localizedText.optional(),
      source: z.string().regex(sourceKeyFormat),
    })
    .strict()
export type IndicatorInput = z.infer<ReturnType<typeof indicator>>

const sources = (m: SchemaMessages) =>
  z.array(
    z
      .object({
        key: z.string().regex(sourceKeyFormat),
        title: z.string().min(1),
        url: url(m).optional(),
        publisher: z.string().optional(),
        date: z.string().optional(),
      })
      .strict(),
  )

const steps = z.array(z.object({ title: localizedText, actor: localizedText.optional(), description: localizedText.optional() }).strict())

const schemaByKind = {
  multi: (field) => z.array(keysOf(field.options)),
  single: (field) => keysOf(field.options),
  narrative: () => localizedText,
  shortText: () => localizedText,
  longText: () => localizedText,
  slug: (_, m) => z.string().regex(slugFormat, m.slug),
  country: (_, m) => z.string().regex(/^[A-Z]{2}$/, m.countryCode),
  steps: () => steps,
  sources: (_, m) => sources(m),
  yesNo: () => z.boolean(),
  url: (_, m) => url(m),
  languages: () => z.array(language),
  language: () => language,
  date: () => z.iso.date(),
  organisations: () => z.array(z.string()),
  openingHours: (_, m) => z.array(openingSlot(m)),
  persons: () => z.array(person),
  indicators: (_, m) => z.array(indicator(m)),
} satisfies KindHandlers<[SchemaMessages], z.ZodType>

const fieldSchema = (field: Question, m: SchemaMessages): z.ZodType => {
  const schema = byKind<[SchemaMessages], z.ZodType>(schemaByKind, field, m)
  return field.required ? schema : schema.optional()
}

const shapeOf = (fields: readonly Question[], m: SchemaMessages) =>
  Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f, m)])) as Record<string, z.ZodType>

const status = { published: z.boolean().default(false) }

type KindValue<K extends FieldKind> = z.output<ReturnType<(typeof schemaByKind)[K]>>
type RecordValues = { [F in RecordField as F extends { required: true } ? F['key'] : never]: KindValue<F['kind']> } & {
  [F in RecordField as F extends { required: true } ? never : F['key']]?: KindValue<F['kind']>
}
type Answers = { [questionKey: string]: unknown }
const statusSchema = z.object(status)
/** A practice as written in seed data and import files. Framework answers are keyed by question key. */
export type PracticeInput = z.output<typeof statusSchema> & RecordValues & Answers
export type PracticeInputRaw = z.input<typeof statusSchema> & RecordValues & Answers
export type PracticeSchema = z.ZodType<PracticeInput, PracticeInputRaw>

/** The record fields, whether it is published, then the framework's answers: the order of the exchange columns. */
const practiceSchema = (m: SchemaMessages): PracticeSchema =>
  z
    .object({ ...shapeOf(wholeRecord, m), ...status, ...shapeOf(allQuestions(), m) })
    .strict()
    .superRefine((parsed, ctx) => {
      const practice = parsed as PracticeInput
      const keys = new Set((practice.sources ?? []).map((s) => s.key))
      const indicators = (practice.indicators ?? []) as IndicatorInput[]
      indicators.forEach((item, index) => {
        if (!keys.has(item.source)) {
          ctx.addIssue({ code: 'custom', path: ['indicators', index, 'source'], message: m.unknownSource({ source: item.source }) })
        }
      })
    }) as unknown as PracticeSchema

const schemas = new Map<Locale, PracticeSchema>()

/** The practice schema whose own messages are in `locale`. */
export function practiceInputSchemaIn(locale: Locale): PracticeSchema {
  let schema = schemas.get(locale)
  if (!schema) {
    schema = practiceSchema(schemaMessages(locale))
    schemas.set(locale, schema)
  }
  return schema
}

/** The practice schema in English: seed data, examples and the OpenAPI description. */
export const practiceInputSchema = practiceInputSchemaIn(defaultLocale)

/** Validates a practice input, every message (the schema's own and zod's) in `locale`. */
export const parsePracticeInput = (input: unknown, locale: Locale) => practiceInputSchemaIn(locale).safeParse(input, { error: schemaErrorMap(locale) })
