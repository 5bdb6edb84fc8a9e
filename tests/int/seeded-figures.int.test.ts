/** The demo content matches the seed files: every figure as the seed states it, each with its source. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Practice } from '@/payload-types'
import { payloadForTests } from '../support/payload'
import { seedText, statesNumber } from '../support/seed-files'

const seedSlugs = ['antwerp-radicalisation-flow', 'clbchat', 'school-safety-helpdesk']
let payload: Payload
let practices: Map<string, Practice>

beforeAll(async () => {
  payload = await payloadForTests()
  const { docs } = await payload.find({
    collection: 'practices',
    where: { slug: { in: seedSlugs } },
    depth: 0,
    limit: 10,
    overrideAccess: false,
    user: null,
  })
  practices = new Map(docs.map((d) => [d.slug ?? '', d]))
})
afterAll(async () => payload?.destroy())

/** Which seed file each source key was written from. */
const seedOfSource: Record<string, string> = {
  'euroguidance-brochure': '000',
  'practice-record': '001',
  'annual-review-2016': '003',
}

const figures = (slug: string) => (practices.get(slug)?.indicators ?? []).map((i) => ({ ...i, key: `${i.metric} ${i.period} ${i.category ?? ''}`.trim() }))

describe('seeded figures', () => {
  it('publishes the three seed practices', () => {
    expect([...practices.keys()].sort()).toEqual(seedSlugs)
  })

  it('states every seeded figure in the seed file of its source', () => {
    const unsupported = [...practices.values()].flatMap((p) =>
      (p.indicators ?? [])
        .filter((i) => !statesNumber(seedText(seedOfSource[i.source]), i.value))
        .map((i) => `${p.slug}: ${i.metric} ${i.period} = ${i.value} (source ${i.source})`),
    )
    expect(unsupported).toEqual([])
  })

  it('keeps both CLBch@t sources, each with its own period', () => {
    const clbchat = practices.get('clbchat')!
    expect(clbchat.sources?.map((s) => s.key)).toEqual(['euroguidance-brochure', 'practice-record'])
    const periodsBySource = new Map<string, Set<string>>()
    for (const i of clbchat.indicators ?? []) periodsBySource.set(i.source, (periodsBySource.get(i.source) ?? new Set()).add(i.period))
    expect([...periodsBySource.get('euroguidance-brochure')!]).toEqual(['2016-17'])
    expect([...periodsBySource.get('practice-record')!]).toEqual(['2018-19'])
  })

  it('has the CLBch@t key figures of 2016-17 and 2018-19', () => {
    const value = (metric: string, period: string, category = '') => figures('clbchat').find((f) => f.key === `${metric} ${period} ${category}`.trim())?.value
    expect(value('chats', '2016-17')).toBe(3136)
    expect(value('averageDuration', '2016-17')).toBe(19)
    expect(value('averageAge', '2016-17')).toBe(14.25)
    expect(value('chats', '2016-17', 'Study choice and school career')).toBe(400)
    expect(value('topicShare', '2016-17', 'Study choice and school career')).toBe(13)
    expect(value('chats', '2018-19')).toBe(5465)
    expect(value('growth', '2018-19')).toBe(25)
    expect(value('clientShare', '2018-19', 'Pupils')).toBe(90.87)
    expect(value('clientShare', '2018-19', 'Parents')).toBe(9.13)
  })

  it('has the helpdesk’s 1,173 contacts of 2016 broken down by theme, kind of question and month', () => {
    const byDimension = (dimension: string | null) =>
      Object.fromEntries(figures('school-safety-helpdesk').filter((f) => (f.dimension ?? null) === dimension).map((f) => [f.category ?? 'total', f.value]))
    expect(byDimension(null)).toEqual({ total: 1173 })
    expect(byDimension('theme')).toEqual({ 'Social safety': 357, Bullying: 344, 'Laws and regulations': 213, 'Confidential counselling': 119 })
    expect(byDimension('questionType')).toEqual({ Incidents: 513, Policy: 238 })
    expect(byDimension('month')).toEqual({ September: 147, March: 143, January: 126 })
  })

  it('keeps the Dutch original of the helpdesk categories', async () => {
    const nl = await payload.findByID({ collection: 'practices', id: practices.get('school-safety-helpdesk')!.id, locale: 'nl', depth: 0 })
    expect(nl.indicators?.filter((i) => i.dimension === 'theme').map((i) => i.category)).toEqual(['Sociale veiligheid', 'Pesten', 'Wet- en regelgeving', 'Vertrouwenswerk'])
  })

  it('has the opening hours the seeds state', () => {
    const hours = (slug: string) => (practices.get(slug)?.openingHours ?? []).map((s) => `${s.day} ${s.from}-${s.to}`)
    expect(hours('clbchat')).toEqual(['mon 14:00-21:00', 'tue 14:00-21:00', 'wed 14:00-21:00', 'thu 14:00-21:00'])
    expect(hours('school-safety-helpdesk')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => `${d} 09:00-16:00`))
    // Every morning 9 to 12 except Tuesday.
    expect(hours('antwerp-radicalisation-flow')).toEqual(['mon', 'wed', 'thu', 'fri'].map((d) => `${d} 09:00-12:00`))
    expect(seedText('004')).toContain('elke voormiddag bereiken (behalve dinsdagvoormiddag) van 9 tot 12 uur')
  })

  it('lays out the Antwerp referral pathway as the six steps of the flow', () => {
    const steps = practices.get('antwerp-radicalisation-flow')?.pathway ?? []
    expect(steps).toHaveLength(6)
    expect(steps[0].title).toMatch(/CLB anchor/)
    expect(steps[5].title).toMatch(/follow-up and referral/)
  })
})
