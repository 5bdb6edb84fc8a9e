/** The review's difference read through the Local API: the draft against the published version, for those who may read its versions. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readMetricVocabulary } from '@/data/metrics'
import type { MetricVocabulary } from '@/framework/metric-vocabulary'
import { practiceVersions } from '@/data/practice-versions'
import { practiceDifference } from '@/view-models/review/practice-difference'
import { createDraftPractice, demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let reviewer: TestUser
let coordinatorBe: TestUser
let coordinatorNl: TestUser
let ids: { edited: number; fresh: number }
let metrics: MetricVocabulary

const sources = [
  { key: 'brochure', title: 'Probe brochure', publisher: 'Probe network', date: '2018' },
  { key: 'report', title: 'Probe report', publisher: 'Probe network', date: '2020' },
]

beforeAll(async () => {
  payload = await payloadForTests()
  reviewer = await demoUser(payload, 'reviewer@example.org')
  coordinatorBe = await demoUser(payload, 'coordinator.be@example.org')
  coordinatorNl = await demoUser(payload, 'coordinator.nl@example.org')
  metrics = await readMetricVocabulary(payload, { user: reviewer })
  const published = await payload.create({
    collection: 'practices',
    data: {
      title: 'Difference probe',
      slug: 'review-difference-probe',
      country: 'BE',
      originalLanguage: 'nl',
      channels: ['chat', 'phone'],
      policyStage: 'developing',
      sources,
      indicators: [{ metric: 'chats', period: '2018-19', value: 5465, unit: 'count', source: 'brochure' }],
      _status: 'published',
    },
    user: reviewer,
    overrideAccess: false,
  })
  await payload.update({
    collection: 'practices',
    id: published.id,
    data: { channels: ['chat', 'email'], policyStage: 'systematising', indicators: [{ metric: 'chats', period: '2018-19', value: 5470, unit: 'count', source: 'report' }] },
    draft: true,
    user: coordinatorBe,
    overrideAccess: false,
  })
  const fresh = await createDraftPractice(payload, coordinatorBe, { title: 'Difference probe, never published', slug: 'review-difference-fresh', country: 'BE', originalLanguage: 'nl' })
  ids = { edited: published.id, fresh: fresh.id }
})
afterAll(async () => {
  await payload?.delete({ collection: 'practices', where: { slug: { in: ['review-difference-probe', 'review-difference-fresh'] } }, user: reviewer, overrideAccess: false })
  await payload?.destroy()
})

describe('the difference between a stored draft and its published version', () => {
  it('shows the reviewer exactly the fields the coordinator changed, with the figure’s new source', async () => {
    const versions = await practiceVersions(payload, { user: reviewer }, ids.edited)
    const difference = practiceDifference(versions!.draft, versions!.published, 'en', metrics)
    expect(difference.sections.flatMap((s) => s.changes.map((c) => c.key))).toEqual(['policyStage', 'channels', 'indicators'])
    expect(difference.changedFields).toBe(3)
    expect(difference.sections.flatMap((s) => s.changes).find((c) => c.key === 'indicators')).toMatchObject({
      figures: [{ figure: 'Chat conversations, 2018-19', before: '5,465 (source: Probe network, 2018)', after: '5,470 (source: Probe network, 2020)' }],
    })
  })

  it('shows the Belgian coordinator the same difference in Dutch', async () => {
    const versions = await practiceVersions(payload, { user: coordinatorBe }, ids.edited)
    const difference = practiceDifference(versions!.draft, versions!.published, 'nl', metrics)
    expect(difference.sections.flatMap((s) => s.changes).find((c) => c.key === 'channels')).toMatchObject({ added: ['E-mail'], removed: ['Telefoon'] })
  })

  it('shows a practice never published as new in every stated field', async () => {
    const versions = await practiceVersions(payload, { user: reviewer }, ids.fresh)
    expect(versions!.published).toBeNull()
    expect(practiceDifference(versions!.draft, versions!.published, 'en', metrics).firstPublication).toBe(true)
  })

  it('shows nothing of a Belgian practice to the Dutch coordinator or to anyone signed out', async () => {
    expect(await practiceVersions(payload, { user: coordinatorNl }, ids.edited)).toBeNull()
    expect(await practiceVersions(payload, { user: coordinatorNl }, ids.fresh)).toBeNull()
    expect(await practiceVersions(payload, { user: null }, ids.edited)).toBeNull()
  })
})
