/** A practice's public history read as an anonymous reader: published versions only, numbered for good, never drafts. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { practiceHistory, publishedVersion, versionsToCompare } from '@/data/practice-history'
import { readMetricVocabulary } from '@/data/metrics'
import { anonymousViewer } from '@/data/viewer'
import { practiceDifference } from '@/view-models/review/practice-difference'
import { transitionPractice } from '@/workflow/transition-practice'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let reviewer: TestUser
let id: number
const slug = 'history-probe'
const sources = [{ key: 'report', title: 'Probe report', publisher: 'Probe network', date: '2020' }]
const figure = (value: number) => [{ metric: 'chats', period: '2019', value, unit: 'count' as const, source: 'report' }]

beforeAll(async () => {
  payload = await payloadForTests()
  reviewer = await demoUser(payload, 'reviewer@example.org')
  const asReviewer = { user: reviewer, overrideAccess: false } as const
  const base = { title: 'History probe', slug, country: 'BE', originalLanguage: 'en', sources } as const
  id = (await payload.create({ collection: 'practices', data: { ...base, indicators: figure(100), _status: 'published' }, ...asReviewer })).id
  await payload.update({ collection: 'practices', id, data: { indicators: figure(120), _status: 'published' }, ...asReviewer })
  // A draft after the second publication: no reader of the history may see it.
  await payload.update({ collection: 'practices', id, data: { indicators: figure(999) }, draft: true, ...asReviewer })
})
afterAll(async () => {
  await payload?.delete({ collection: 'practices', where: { slug: { equals: slug } }, user: reviewer, overrideAccess: false })
  await payload?.destroy()
})

describe('the public history of a practice', () => {
  it('lists its two publications, newest first, and not the draft saved since', async () => {
    const history = await practiceHistory(anonymousViewer, slug, 'en', 1)
    expect(history).toMatchObject({ total: 2, pages: 1 })
    expect(history!.versions.map((v) => v.n)).toEqual([2, 1])
    // Each with the day it was published: today.
    expect(history!.versions.map((v) => v.publishedAt.slice(0, 10))).toEqual([0, 1].map(() => new Date().toISOString().slice(0, 10)))
  })

  it('keeps version 1 showing the first figure', async () => {
    const version = await publishedVersion(anonymousViewer, slug, 1, 'nl')
    expect(version).toMatchObject({ n: 1, total: 2 })
    expect(version!.practice.indicators?.map((i) => i.value)).toEqual([100])
    expect(await publishedVersion(anonymousViewer, slug, 3, 'en')).toBeNull()
  })

  it('shows what changed between the two publications, figure and source', async () => {
    const pair = await versionsToCompare(anonymousViewer, slug, { older: 1, newer: 2 })
    const difference = practiceDifference(pair!.newer.version, pair!.older.version, 'en', await readMetricVocabulary(payload, anonymousViewer))
    expect(difference.sections.flatMap((s) => s.changes)).toEqual([
      expect.objectContaining({ key: 'indicators', figures: [{ figure: 'Chat conversations, 2019', before: '100 (source: Probe network, 2020)', after: '120 (source: Probe network, 2020)' }] }),
    ])
  })

  it('is no longer public once the practice is archived', async () => {
    await transitionPractice(payload, { practiceId: id, transition: 'archive' }, reviewer)
    const { totalDocs } = await payload.findVersions({ collection: 'practices', where: { parent: { equals: id } }, overrideAccess: false, user: null })
    expect(totalDocs).toBe(0)
    expect(await practiceHistory(anonymousViewer, slug, 'en', 1)).toBeNull()
  })
})
