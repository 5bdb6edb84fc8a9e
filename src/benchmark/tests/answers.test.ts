/** The zod schemas of an assessment, and the form fields they check (src/benchmark/answers-schema.ts, form-input.ts). */
import { describe, expect, it } from 'vitest'

import { assessmentInputSchema, describeIssues, readStoredAnswers, storedAnswersSchema } from '@/benchmark/answers-schema'
import { elementKeys } from '@/benchmark/elements'
import { formValuesFromForm, formValuesOf, rawInputOf } from '@/benchmark/form-input'
import { inputErrors } from '@/benchmark/input-errors'
import { framework } from '@/framework'
import { translations } from '@/i18n/translations'

const form = (fields: [string, string][]) => {
  const data = new FormData()
  for (const [name, value] of fields) data.append(name, value)
  return data
}
const parse = (fields: [string, string][]) => {
  const { values, unknownFields } = formValuesFromForm(form(fields))
  return assessmentInputSchema.safeParse(rawInputOf(values, unknownFields))
}

describe('element keys', () => {
  it('name every criterion of the framework as <section>.<criterion>, once', () => {
    const expected = framework.flatMap((s) => s.criteria.map((c) => `${s.key}.${c.key}`))
    expect(elementKeys).toEqual(expected)
    expect(new Set(elementKeys).size).toBe(elementKeys.length)
  })
})

describe('the assessment schema', () => {
  it('accepts a form as the page sends it, leaving blank fields out', () => {
    const result = parse([
      ['locale', 'nl'],
      ['$ACTION_ID_abc', ''],
      ['sections', 'access'],
      ['practice', '1'],
      ['peers', '2'],
      ['name', '  CLBch@t 2026 '],
      ['policyStage', 'developing'],
      ['access.anonymous.state', 'achieved'],
      ['access.anonymous.note', 'Chats are anonymous.'],
      ['access.anonymous.targetState', ''],
      ['access.anonymous.targetDate', ''],
      ['access.multiChannel.state', ''],
      ['access.multiChannel.note', '   '],
      ['access.multiChannel.targetState', 'achieved'],
      ['access.multiChannel.targetDate', '2027-06-30'],
    ])
    expect(result.success && result.data).toEqual({
      name: 'CLBch@t 2026',
      sections: ['access'],
      practice: 1,
      peers: [2],
      policyStage: 'developing',
      answers: {
        'access.anonymous': { state: 'achieved', note: 'Chats are anonymous.' },
        'access.multiChannel': { targetState: 'achieved', targetDate: '2027-06-30' },
      },
    })
  })

  it.each([
    ['an unknown element', [['access.teleportation.state', 'achieved']], 'Unknown element "access.teleportation"'],
    ['an unknown field', [['favouriteColour', 'blue']], 'Unrecognized key'],
    ['a note over 2,000 characters', [['access.anonymous.note', 'é'.repeat(2001)]], 'at most 2,000 characters'],
    ['an unknown state', [['access.anonymous.state', 'perfect']], 'access.anonymous.state'],
    ['a target of "not started"', [['access.anonymous.targetState', 'notStarted']], 'targetState'],
    ['a malformed target date', [['access.anonymous.targetDate', '30/06/2027']], 'a date such as 2027-06-30'],
    ['an element of a section not chosen', [['funding.crossSector.state', 'achieved']], 'does not cover'],
    ['five peers', [['peers', '1'], ['peers', '2'], ['peers', '3'], ['peers', '4'], ['peers', '5']], 'at most 4 peer practices'],
    ['a policy stage off the scale', [['policyStage', 'perfecting']], 'policyStage'],
  ] as [string, [string, string][], string][])('refuses %s with a message that says so', (_, fields, message) => {
    const result = parse([['sections', 'access'], ...fields])
    expect(result.success).toBe(false)
    if (!result.success) expect(describeIssues(result.error)).toContain(message)
  })

  it('refuses an assessment without sections, or with a section twice', () => {
    expect(parse([]).success).toBe(false)
    expect(parse([['sections', 'access'], ['sections', 'access']]).success).toBe(false)
    expect(parse([['sections', 'nowhere']]).success).toBe(false)
  })

  it('checks stored answers against the sections they belong to', () => {
    expect(storedAnswersSchema(['access']).safeParse({ 'access.anonymous': { state: 'achieved' } }).success).toBe(true)
    expect(storedAnswersSchema(['funding']).safeParse({ 'access.anonymous': { state: 'achieved' } }).success).toBe(false)
  })

  it('reads stored answers leniently, dropping elements the framework no longer has', () => {
    expect(readStoredAnswers({ 'access.anonymous': { state: 'achieved' }, 'access.retired': { state: 'achieved' }, 'access.multiChannel': { state: 7 } })).toEqual({
      'access.anonymous': { state: 'achieved' },
    })
    expect(readStoredAnswers(null)).toEqual({})
  })
})

describe('form values', () => {
  it('show a stored assessment and parse back to it', () => {
    const stored = { name: 'Review', sections: ['access'], practice: 3, peers: [1], policyStage: 'maximising', answers: { 'access.anonymous': { state: 'achieved' as const, note: 'yes' } } }
    expect(assessmentInputSchema.parse(rawInputOf(formValuesOf(stored)))).toEqual(stored)
  })
})

describe('input errors in the page’s language', () => {
  it('name the element concerned and the limit', () => {
    const result = parse([['sections', 'access'], ['access.anonymous.note', 'x'.repeat(2001)], ['access.nonsense.state', 'achieved']])
    expect(result.success).toBe(false)
    if (result.success) return
    expect(inputErrors(result.error, translations('nl', 'benchmark'), 'nl')).toEqual([
      'De onderbouwing bij “Anoniem gebruik mogelijk” is te lang: hoogstens 2.000 tekens.',
      'Het formulier stuurde antwoorden op elementen die het kader niet kent: access.nonsense.',
    ])
  })
})
