/**
 * The assessment form's fields, both ways: the values a form shows (all
 * strings, as inputs hold them) and the parsing of a submitted form into the
 * raw input that assessmentInputSchema checks. Element answers are named
 * `<element key>.<part>`, e.g. `access.anonymous.state`. Fields the form does
 * not have are passed on, so that the strict schema refuses them by name.
 */
import type { AssessmentInput } from './answers-schema'

export const answerParts = ['state', 'note', 'targetState', 'targetDate'] as const
export type AnswerPart = (typeof answerParts)[number]

export interface FormValues {
  name: string
  sections: string[]
  /** practice id, '' for none */
  practice: string
  peers: string[]
  policyStage: string
  answers: Record<string, Partial<Record<AnswerPart, string>>>
}

/** What the save action hands back to the form: its messages, and the values to show again when nothing was saved. */
export interface SaveState {
  errors: string[]
  values: FormValues | null
  /** counts the failed attempts, so that the form shows the returned values afresh each time */
  attempt: number
}

export const initialSaveState: SaveState = { errors: [], values: null, attempt: 0 }

/** How many elements have an answer (a state), among those shown. */
export const answeredCount = (values: FormValues, elementKeys: readonly string[]) =>
  elementKeys.filter((key) => (values.answers[key]?.state ?? '') !== '').length

/** Fields that steer the form's action (which assessment, which language) rather than describe the assessment. */
export const controlFields = ['locale', 'ref', 'from'] as const

export const answerFieldName = (elementKey: string, part: AnswerPart) => `${elementKey}.${part}`

const isControlField = (name: string) => (controlFields as readonly string[]).includes(name) || name.startsWith('$ACTION')

const asNumber = (value: string): number | string => (/^\d+$/.test(value) ? Number(value) : value)

export function formValuesFromForm(form: FormData): { values: FormValues; unknownFields: Record<string, string> } {
  const values: FormValues = { name: '', sections: [], practice: '', peers: [], policyStage: '', answers: {} }
  const unknownFields: Record<string, string> = {}
  for (const [name, entry] of form.entries()) {
    if (isControlField(name)) continue
    const value = typeof entry === 'string' ? entry : ''
    if (name === 'sections' || name === 'peers') values[name].push(value)
    else if (name === 'name' || name === 'practice' || name === 'policyStage') values[name] = value
    else {
      const dot = name.lastIndexOf('.')
      const part = name.slice(dot + 1) as AnswerPart
      if (dot > 0 && answerParts.includes(part)) {
        const element = name.slice(0, dot)
        values.answers[element] = { ...values.answers[element], [part]: value }
      } else unknownFields[name] = value
    }
  }
  return { values, unknownFields }
}

/** The raw input for assessmentInputSchema: blank fields left out, ids as numbers. */
export function rawInputOf(values: FormValues, unknownFields: Record<string, string> = {}): Record<string, unknown> {
  const answers: Record<string, Record<string, string>> = {}
  for (const [element, parts] of Object.entries(values.answers)) {
    const given = Object.fromEntries(
      Object.entries(parts).filter(([part, v]) => v !== undefined && (part === 'note' ? v.trim() !== '' : v !== '')),
    ) as Record<string, string>
    if (Object.keys(given).length > 0) answers[element] = given
  }
  return {
    ...unknownFields,
    ...(values.name.trim() !== '' && { name: values.name }),
    sections: values.sections,
    ...(values.practice !== '' && { practice: asNumber(values.practice) }),
    ...(values.peers.length > 0 && { peers: values.peers.map(asNumber) }),
    ...(values.policyStage !== '' && { policyStage: values.policyStage }),
    answers,
  }
}

/** The form values that show a stored or pre-filled assessment. */
export function formValuesOf(input: Partial<AssessmentInput>): FormValues {
  return {
    name: input.name ?? '',
    sections: [...(input.sections ?? [])],
    practice: input.practice === undefined ? '' : String(input.practice),
    peers: (input.peers ?? []).map(String),
    policyStage: input.policyStage ?? '',
    answers: Object.fromEntries(Object.entries(input.answers ?? {}).map(([key, answer]) => [key, { ...answer }])),
  }
}
