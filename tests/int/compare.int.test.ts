/** The practice comparison's reads through the Local API: published records only, in the order asked, with their untranslated texts marked. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { comparisonSections } from '@/view-models/compare/compare-rows'
import { getComparedPractices } from '@/data/compare'
import { getMetricVocabulary } from '@/data/metrics'
import { anonymousViewer } from '@/data/viewer'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let reviewer: TestUser

beforeAll(async () => {
  payload = await payloadForTests()
  reviewer = await demoUser(payload, 'reviewer@example.org')
  const as = { user: reviewer, overrideAccess: false } as const
  await payload.create({ collection: 'practices', data: { title: 'Compare draft probe', slug: 'compare-draft-probe', country: 'BE', originalLanguage: 'en' }, draft: true, ...as })
  const published = await payload.create({
    collection: 'practices',
    data: { title: 'Published probe title', slug: 'compare-published-probe', country: 'NL', originalLanguage: 'en', channels: ['web'], _status: 'published' },
    ...as,
  })
  await payload.update({ collection: 'practices', id: published.id, data: { title: 'Unpublished draft title', channels: ['video'] }, draft: true, ...as })
})
afterAll(async () => {
  // Other test files count the published practices: leave none of these behind.
  await payload?.delete({ collection: 'practices', where: { slug: { in: ['compare-draft-probe', 'compare-published-probe'] } }, user: reviewer, overrideAccess: false })
  await payload?.destroy()
})

describe('compared practices', () => {
  it('reads the published practices asked for, in that order, and names the others as missing, drafts included', async () => {
    const { practices, missing } = await getComparedPractices(anonymousViewer, ['school-safety-helpdesk', 'no-such-practice', 'clbchat', 'compare-draft-probe'], 'en')
    expect(practices.map((p) => p.practice.slug)).toEqual(['school-safety-helpdesk', 'clbchat'])
    expect(missing).toEqual(['no-such-practice', 'compare-draft-probe'])
  })

  it('shows the published version of a practice that has a newer draft', async () => {
    const { practices } = await getComparedPractices(anonymousViewer, ['compare-published-probe', 'clbchat'], 'en')
    expect(practices[0]!.practice.title).toBe('Published probe title')
    expect(practices[0]!.practice.channels).toEqual(['web'])
  })

  it('marks texts shown in English on a comparison in another language', async () => {
    const { practices } = await getComparedPractices(anonymousViewer, ['clbchat', 'compare-published-probe'], 'nl')
    expect(practices[0]!.practice.title).toContain('chatdienst')
    expect(practices[0]!.untranslated.has('title')).toBe(false)
    expect(practices[0]!.untranslated.has('whyDeveloped')).toBe(true)
    expect(practices[1]!.untranslated.has('title')).toBe(true)
  })

  it('marks the channels and audiences of CLBch@t and the helpdesk as different', async () => {
    const { practices } = await getComparedPractices(anonymousViewer, ['clbchat', 'school-safety-helpdesk'], 'en')
    const elements = comparisonSections(practices, 'About', 'en', await getMetricVocabulary(anonymousViewer)).flatMap((s) => s.elements)
    const differs = (key: string) => elements.find((e) => e.key === key)!.rows.some((r) => !r.same)
    expect(differs('channels')).toBe(true)
    expect(differs('audiences')).toBe(true)
    expect(elements.find((e) => e.key === 'languages')!.rows.every((r) => r.same)).toBe(true)
  })
})
