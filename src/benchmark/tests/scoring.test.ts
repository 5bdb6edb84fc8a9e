/** The framework's scoring rule and the results built on it (src/framework/scoring.ts, src/benchmark/results.ts). */
import { describe, expect, it } from 'vitest'

import { seedPractices } from '../../../seed/index'
import { criterionPrevalence } from '@/benchmark/criterion-prevalence'
import { factsFromPractice } from '@/benchmark/practice-facts'
import { answersFromRecord } from '@/benchmark/prefill'
import { assessmentResults, type ResultContext } from '@/benchmark/results'
import { practiceInputSchema } from '@/framework/practice-schema'
import { scoreOf, scoringRule } from '@/framework/scoring'

const seeds = seedPractices.map((p) => practiceInputSchema.parse(p))
const facts = Object.fromEntries(seeds.map((p) => [p.slug, factsFromPractice(p)]))
const context = (extra: Partial<ResultContext> = {}): ResultContext => ({
  prevalence: criterionPrevalence(Object.values(facts)),
  peers: [],
  today: '2026-06-01',
  ...extra,
})

describe('the scoring rule', () => {
  it('counts achieved 1, in progress 0.5, not started 0', () => {
    expect(scoringRule.points).toEqual({ notStarted: 0, inProgress: 0.5, achieved: 1 })
    expect(scoreOf(['achieved', 'inProgress', 'notStarted', 'achieved'])).toBe(0.625)
  })

  it('averages over the elements assessed only, and has no score when none is', () => {
    expect(scoreOf(['achieved', undefined, undefined])).toBe(1)
    expect(scoreOf([undefined])).toBeNull()
    expect(scoreOf([])).toBeNull()
  })

  it('is explained in every interface language', () => {
    for (const text of Object.values(scoringRule.explanation)) expect(text).toMatch(/0[.,]5/)
  })
})

describe('results of an assessment pre-filled from CLBch@t', () => {
  const sections = ['access', 'policyFocus', 'barriers']
  const answers = answersFromRecord(facts.clbchat, sections)
  const results = assessmentResults({ sections, answers }, context({ record: facts.clbchat }))

  it('scores each section over its assessed elements and overall over all of them', () => {
    const score = Object.fromEntries(results.sections.map((s) => [s.section.key, s.score]))
    // access: outside hours and anonymous achieved, more channels and languages not started
    expect(score.access).toBe(0.5)
    // policy focus: not maximised, no e-Governance link (the national strategy has no rule: not assessed)
    expect(score.policyFocus).toBe(0)
    // barriers: no rule can decide either element, so nothing is pre-filled
    expect(score.barriers).toBeNull()
    expect(results.overall).toBe(2 / 6)
    expect([results.answered, results.total]).toEqual([6, 9])
  })

  it('keeps the framework’s section order and lists the gaps first within a section', () => {
    expect(results.sections.map((s) => s.section.key)).toEqual(['policyFocus', 'access', 'barriers'])
    const access = results.sections.find((s) => s.section.key === 'access')!
    expect(access.elements.map((e) => [e.element.key, e.answer.state])).toEqual([
      ['access.multiChannel', 'notStarted'],
      ['access.multilingual', 'notStarted'],
      ['access.outsideHours', 'achieved'],
      ['access.anonymous', 'achieved'],
    ])
  })

  it('gives beside each element the share of seed practices meeting it, and what the record says', () => {
    const anonymous = results.sections[1].elements.find((e) => e.element.key === 'access.anonymous')!
    expect(anonymous.prevalence).toEqual({ meeting: 1, total: 3 })
    expect(anonymous.record).toBe(true)
    const analysed = results.sections[2].elements[0]
    expect([analysed.prevalence, analysed.record]).toEqual([null, null])
  })
})

describe('targets, peers and progress', () => {
  it('tells a target met, open or overdue', () => {
    const results = assessmentResults(
      {
        sections: ['access'],
        answers: {
          'access.anonymous': { state: 'achieved', targetState: 'achieved', targetDate: '2026-01-01' },
          'access.multiChannel': { state: 'inProgress', targetState: 'achieved', targetDate: '2027-01-01' },
          'access.multilingual': { state: 'notStarted', targetState: 'inProgress', targetDate: '2026-03-01' },
          'access.outsideHours': { state: 'notStarted' },
        },
      },
      context(),
    )
    const target = Object.fromEntries(results.sections[0].elements.map((e) => [e.element.key, e.target]))
    expect(target).toEqual({ 'access.anonymous': 'met', 'access.multiChannel': 'open', 'access.multilingual': 'overdue', 'access.outsideHours': null })
  })

  it('shows how each chosen peer stands on each element its rule can decide', () => {
    const results = assessmentResults({ sections: ['access'], answers: {} }, context({ peers: [{ id: 2, facts: facts['school-safety-helpdesk'] }] }))
    const multiChannel = results.sections[0].elements.find((e) => e.element.key === 'access.multiChannel')!
    expect(multiChannel.peers).toEqual([{ id: 2, meets: true }])
  })

  it('compares with the previous assessment per section, and overall over the sections both cover', () => {
    const previous = { sections: ['access'], answers: { 'access.anonymous': { state: 'inProgress' as const } } }
    const results = assessmentResults(
      { sections: ['access', 'funding'], answers: { 'access.anonymous': { state: 'achieved' }, 'funding.crossSector': { state: 'notStarted' } } },
      context({ previous }),
    )
    expect(results.sections.map((s) => [s.section.key, s.score, s.previousScore])).toEqual([
      ['access', 1, 0.5],
      ['funding', 0, null],
    ])
    expect([results.overall, results.previousOverall]).toEqual([0.5, 0.5])
    expect(results.sections[0].elements.find((e) => e.element.key === 'access.anonymous')?.previousState).toBe('inProgress')
  })
})
