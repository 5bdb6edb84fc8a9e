/**
 * The zod schema of a practice as it enters the system (seed data, imports,
 * APIs), derived from the framework: one property per question, plus the
 * record fields. Localized texts are objects keyed by locale with English
 * required; narratives are plain text with blank lines between paragraphs.
 */
import { z } from 'zod'

import { httpUrlExpected, isHttpUrl, period, slugFormat, sourceKeyFormat, timeOfDay } from './formats'
import {
  contextOptions,
  dimensionOptions,
  domainOptions,
  languageCodes,
  lifecycleOptions,
  metricOptions,
  modalityOptions,
  practiceTypeOptions,
  unitOptions,
} from './record'
import { sections } from './sections'
import { weekdays, type Option, type Question } from './types'

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
    metric: keysOf(metricOptions),
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

function answerSchema(question: Question): z.ZodType {
  switch (question.kind) {
    case 'multi':
      return z.array(keysOf(question.options))
    case 'single':
      return keysOf(question.options)
    case 'narrative':
    case 'shortText':
      return localizedText
    case 'yesNo':
      return z.boolean()
    case 'url':
      return url
    case 'languages':
      return z.array(language)
    case 'openingHours':
      return z.array(openingSlot)
    case 'persons':
      return z.array(person)
    case 'indicators':
      return z.array(indicator)
  }
}

const frameworkShape = Object.fromEntries(
  sections.flatMap((s) => s.questions).map((q) => [q.key, answerSchema(q).optional()]),
) as Record<string, z.ZodOptional<z.ZodType>>

const recordShape = {
  slug: z.string().regex(slugFormat, 'lower-case letters, digits and hyphens'),
  title: localizedText,
  summary: localizedText.optional(),
  country: z.string().regex(/^[A-Z]{2}$/, 'a two-letter ISO country code such as BE'),
  region: localizedText.optional(),
  originalLanguage: language,
  originators: z.array(z.string()).optional(),
  operators: z.array(z.string()).optional(),
  partners: z.array(z.string()).optional(),
  launchDate: z.iso.date().optional(),
  lifecycle: keysOf(lifecycleOptions).optional(),
  modality: keysOf(modalityOptions).optional(),
  contexts: z.array(keysOf(contextOptions)).optional(),
  practiceTypes: z.array(keysOf(practiceTypeOptions)).optional(),
  domains: z.array(keysOf(domainOptions)).optional(),
  pathway: z
    .array(z.object({ title: localizedText, actor: localizedText.optional(), description: localizedText.optional() }).strict())
    .optional(),
  sources: z
    .array(
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
    .optional(),
  published: z.boolean().default(false),
}

const recordSchema = z.object(recordShape)
type Answers = { [questionKey: string]: unknown }
/** A practice as written in seed data and import files. Framework answers are keyed by question key. */
export type PracticeInput = z.output<typeof recordSchema> & Answers
export type PracticeInputRaw = z.input<typeof recordSchema> & Answers

export const practiceInputSchema = z
  .object({ ...recordShape, ...frameworkShape })
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
