/**
 * The framework's criterion rules applied to the seed practices, through the
 * facts the benchmark derives from a record (src/benchmark/practice-facts.ts).
 */
import { describe, expect, it } from 'vitest'

import { seedPractices } from '../../../seed/index'
import { criterionPrevalence } from '@/benchmark/criterion-prevalence'
import { benchmarkElements } from '@/benchmark/elements'
import { factsFromPractice } from '@/benchmark/practice-facts'
import { answersFromRecord, recordVerdicts, stageFromRecord } from '@/benchmark/prefill'
import { practiceInputSchema } from '@/framework/practice-schema'
import { toPayloadData } from '@/practice-input/to-payload-data'

const practices = seedPractices.map((p) => practiceInputSchema.parse(p))
const bySlug = (slug: string) => practices.find((p) => p.slug === slug)!
const allSections = [...new Set(benchmarkElements().map((e) => e.section.key))]
const metBy = (slug: string) =>
  [...recordVerdicts(factsFromPractice(bySlug(slug)), allSections)].filter(([, met]) => met).map(([key]) => key)

describe('criterion rules on CLBch@t', () => {
  /**
   * Why CLBch@t meets exactly these elements, from its record (seed/practices/clbchat.ts):
   * - overview.*: description, why it was developed and objectives are all written.
   * - themes.multiTheme, themes.careerManagement: themes are career management skills and access (two themes).
   * - interface.systemFit: its fit in the guidance system is described (no formal links to career education, PES or youth services are recorded).
   * - ictFunction.information, ictFunction.integration: its ICT functions include career information and integrating online with face-to-face services.
   * - rationale.*: widening access is both a driver and the main driver.
   * - audience.needsIdentified: how needs are identified is described (pupils, parents and school staff: no adults or vulnerable groups listed).
   * - practitionerRole.usesInPractice: practitioners use the ICT in their practice.
   * - access.outsideHours: it opens Monday to Thursday until 21:00; access.anonymous: chats are anonymous
   *   (one channel, chat, and one language, Dutch: not multi-channel, not multilingual).
   * - ictFeatures.realTime: chat and real-time distance counselling.
   * - funding.sourcesDocumented: its sources are described (no funding type is recorded).
   * - evaluation.qaDesigned: quality assurance is described (no evaluated aspect is recorded).
   * - results.measured, results.sourced, results.overTime: figures for 2016-17 and 2018-19, each with its source.
   * - other.context: other relevant information is given.
   * - contacts.website: www.clbchat.be (its one contact person is not public; no contact point or references).
   */
  it('meets the elements its record shows, and no other', () => {
    expect(metBy('clbchat')).toEqual([
      'overview.described',
      'overview.needDocumented',
      'overview.objectivesStated',
      'themes.multiTheme',
      'themes.careerManagement',
      'interface.systemFit',
      'ictFunction.information',
      'ictFunction.integration',
      'rationale.wideningAccess',
      'rationale.beyondCosts',
      'rationale.mainDriverStated',
      'audience.needsIdentified',
      'practitionerRole.usesInPractice',
      'access.outsideHours',
      'access.anonymous',
      'ictFeatures.realTime',
      'funding.sourcesDocumented',
      'evaluation.qaDesigned',
      'results.measured',
      'results.sourced',
      'results.overTime',
      'other.context',
      'contacts.website',
    ])
  })

  it('pre-fills an assessment: achieved where the rule holds, not started where it does not, nothing without a rule', () => {
    const answers = answersFromRecord(factsFromPractice(bySlug('clbchat')), ['access', 'barriers', 'policyFocus'])
    expect(answers).toEqual({
      'access.multiChannel': { state: 'notStarted' },
      'access.outsideHours': { state: 'achieved' },
      'access.anonymous': { state: 'achieved' },
      'access.multilingual': { state: 'notStarted' },
      'policyFocus.maximised': { state: 'notStarted' },
      'policyFocus.eGovernance': { state: 'notStarted' },
    })
    // Barriers and the national-strategy element have no rule: only the practice can tell.
    expect(Object.keys(answers).some((k) => k.startsWith('barriers.') || k === 'policyFocus.nationalStrategy')).toBe(false)
    expect(stageFromRecord(factsFromPractice(bySlug('clbchat')))).toBeUndefined()
  })
})

describe('criterion rules on the other seed practices', () => {
  it('finds the helpdesk reachable by phone and e-mail but only in office hours', () => {
    const met = metBy('school-safety-helpdesk')
    expect(met).toContain('access.multiChannel')
    expect(met).not.toContain('access.outsideHours')
    expect(met).toContain('results.measured')
  })

  it('finds no opening hours beyond noon for the Antwerp flow', () => {
    expect(metBy('antwerp-radicalisation-flow')).not.toContain('access.outsideHours')
  })
})

describe('facts from a stored record', () => {
  it('are the same as from the input it was written from (rich text, locales, rows)', () => {
    const organisations = new Map(practices.flatMap((p) => [...(p.originators ?? []), ...(p.operators ?? []), ...(p.partners ?? [])]).map((slug, i) => [slug, i + 1]))
    for (const input of practices) {
      const stored = toPayloadData(input, 'en', { organisations })
      expect(recordVerdicts(factsFromPractice(stored), allSections)).toEqual(recordVerdicts(factsFromPractice(input), allSections))
    }
  })

  it('count a narrative written in another language only', () => {
    const facts = factsFromPractice({ eGovernance: { nl: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Onderdeel van e-overheid' }] }] } } } })
    expect(facts.answered.has('eGovernance')).toBe(true)
    expect(factsFromPractice({ eGovernance: { en: { root: { children: [] } } } }).answered.has('eGovernance')).toBe(false)
  })
})

describe('criterion prevalence', () => {
  it('counts the seed practices meeting each element with a rule, and leaves out elements without one', () => {
    const prevalence = criterionPrevalence(practices.map((p) => factsFromPractice(p)))
    expect(prevalence.get('overview.described')).toEqual({ meeting: 3, total: 3 })
    expect(prevalence.get('access.anonymous')?.total).toBe(3)
    expect(prevalence.get('access.outsideHours')).toEqual({ meeting: 1, total: 3 })
    expect(prevalence.has('barriers.barriersAnalysed')).toBe(false)
    expect(prevalence.has('policyFocus.nationalStrategy')).toBe(false)
  })
})
