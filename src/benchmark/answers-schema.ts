/**
 * The zod schemas of a self-assessment, derived from the framework: answers
 * are keyed by element key (`<section>.<criterion>`), so an unknown key is
 * refused, and so is an evidence note longer than NOTE_MAX_LENGTH. The same
 * schemas check the page's forms and every write to the `assessments`
 * collection (REST, GraphQL, admin, Local API).
 */
import { z } from 'zod'

import { elementStates, targetStates } from '@/framework/scoring'
import { MAX_PEERS, NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from './answer-limits'
import { assessableSectionKeys, elementKeys, sectionKeyOfElement } from './elements'
import { policyStageKeys } from './policy-stage'

const enumOf = (keys: readonly string[]) => z.enum(keys as [string, ...string[]])

export const elementAnswerSchema = z
  .object({
    state: z.enum(elementStates).optional(),
    note: z
      .string()
      .max(NOTE_MAX_LENGTH, { error: `An evidence note can hold at most ${NOTE_MAX_LENGTH.toLocaleString('en')} characters.` })
      .optional(),
    targetState: z.enum(targetStates).optional(),
    targetDate: z.iso.date({ error: 'A target date must be a date such as 2027-06-30.' }).optional(),
  })
  .strict()
export type ElementAnswer = z.infer<typeof elementAnswerSchema>

export const answersSchema = z.strictObject(
  Object.fromEntries(elementKeys.map((key) => [key, elementAnswerSchema.optional()])) as Record<string, z.ZodOptional<typeof elementAnswerSchema>>,
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown element ${issue.keys.map((k) => `"${k}"`).join(', ')}: elements are named <section>.<criterion> as in the framework.`
        : undefined,
  },
)
/** Element key → answer; elements not answered are absent. */
export type AssessmentAnswers = { [elementKey: string]: ElementAnswer }

export const sectionsSchema = z
  .array(enumOf(assessableSectionKeys))
  .min(1, { error: 'Choose at least one section.' })
  .refine((keys) => new Set(keys).size === keys.length, { error: 'Each section may be chosen once.' })

/** Adds an issue for every answer to an element outside the chosen sections. */
function checkAnswersInSections(answers: Record<string, unknown>, sections: readonly string[], ctx: z.RefinementCtx, path: PropertyKey[]) {
  for (const key of Object.keys(answers)) {
    const section = sectionKeyOfElement(key)
    if (section !== undefined && !sections.includes(section)) {
      ctx.addIssue({ code: 'custom', path: [...path, key], message: `"${key}" belongs to section "${section}", which this assessment does not cover.` })
    }
  }
}

/** The answers as stored, checked against the sections the assessment covers. */
export const storedAnswersSchema = (sections: readonly string[]) =>
  answersSchema.superRefine((answers, ctx) => checkAnswersInSections(answers, sections, ctx, []))

/** An assessment as a user submits it (page form, after form-input.ts) . */
export const assessmentInputSchema = z
  .object({
    name: z.string().trim().max(NAME_MAX_LENGTH, { error: `A name can hold at most ${NAME_MAX_LENGTH} characters.` }).optional(),
    sections: sectionsSchema,
    /** id of the published practice assessed, if any */
    practice: z.number().int().positive().optional(),
    /** ids of published practices to compare with */
    peers: z
      .array(z.number().int().positive())
      .max(MAX_PEERS, { error: `Choose at most ${MAX_PEERS} peer practices.` })
      .optional(),
    policyStage: enumOf(policyStageKeys).optional(),
    answers: answersSchema,
  })
  .strict()
  .superRefine((input, ctx) => checkAnswersInSections(input.answers, input.sections, ctx, ['answers']))
export type AssessmentInput = z.infer<typeof assessmentInputSchema>

/** The issues of a failed parse in one line each, with their paths: for API clients and logs. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('\n')

/**
 * Stored answers as the current framework knows them: answers to elements the
 * framework no longer has, or of a shape it no longer accepts, are left out
 * rather than making the whole assessment unreadable.
 */
export function readStoredAnswers(stored: unknown): AssessmentAnswers {
  if (typeof stored !== 'object' || stored === null) return {}
  const answers: AssessmentAnswers = {}
  for (const key of elementKeys) {
    const parsed = elementAnswerSchema.safeParse((stored as Record<string, unknown>)[key])
    if (parsed.success) answers[key] = parsed.data
  }
  return answers
}
