/**
 * The open vocabulary of indicator metrics (collections/metrics): who proposes, approves and reads a metric,
 * where a proposed one may be used, the import's check of metric keys, and a comparison that keeps a new
 * metric apart from the others ("about 900 occupational profiles" is not "Contacts: 900").
 */
import { ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getComparedPractices } from '@/data/compare'
import { getMetricVocabulary } from '@/data/metrics'
import { anonymousViewer } from '@/data/viewer'
import { importPractices } from '@/exchange/import-practices'
import { comparisonSections } from '@/view-models/compare/compare-rows'
import { comparedMetricCharts } from '@/view-models/compare/metric-charts'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

type Who = 'admin' | 'reviewer' | 'coordinator.be' | 'coordinator.nl' | 'researcher'
let payload: Payload
let users: Record<Who, TestUser>
const as = (who: Who | 'anonymous') => ({ overrideAccess: false as const, user: who === 'anonymous' ? null : users[who] })

const profiles = {
  id: 'occupationalProfiles',
  label: 'Occupational profiles',
  unit: 'count' as const,
  kind: 'count' as const,
}
const propose = (who: Who, data: Record<string, unknown>) => payload.create({ collection: 'metrics', data: data as never, ...as(who) })
const readableKeys = async (who: Who | 'anonymous') =>
  (await payload.find({ collection: 'metrics', pagination: false, depth: 0, ...as(who) })).docs.map((m) => m.id)

/** A practice with one figure under `metric`, sourced from the study-choice site's own page. */
const withFigure = (slug: string, country: string, metric: string) => ({
  title: `Study choice site ${slug}`,
  slug,
  country,
  originalLanguage: 'nl' as const,
  sources: [{ key: 'site', title: 'About the site' }],
  indicators: [{ metric, period: '2024', value: 900, unit: 'count' as const, source: 'site' }],
})

/** The validation errors of a refused write, as { path, message }. */
async function errorsOf(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    if (error instanceof ValidationError) return error.data.errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('the write was accepted')
}

beforeAll(async () => {
  payload = await payloadForTests()
  const who: Who[] = ['admin', 'reviewer', 'coordinator.be', 'coordinator.nl', 'researcher']
  users = Object.fromEntries(await Promise.all(who.map(async (w) => [w, await demoUser(payload, `${w}@example.org`)] as const))) as typeof users
})
afterAll(async () => payload?.destroy())

describe('the metrics vocabulary', () => {
  it('starts with the metrics the indicators used, approved, with their labels in four languages', async () => {
    const chats = await payload.findByID({ collection: 'metrics', id: 'chats', locale: 'nl', ...as('anonymous') })
    expect(chats).toMatchObject({ label: 'Chatgesprekken', unit: 'count', status: 'approved' })
    expect(await readableKeys('anonymous')).toEqual(
      expect.arrayContaining(['contacts', 'chats', 'averageDuration', 'averageAge', 'satisfaction', 'topicShare', 'clientShare', 'growth', 'staff']),
    )
  })

  it('lets a coordinator propose a metric, which stays proposed and is theirs', async () => {
    const created = await propose('coordinator.be', profiles)
    expect(created).toMatchObject({ id: 'occupationalProfiles', status: 'proposed' })
    expect(typeof created.owner === 'object' ? created.owner?.id : created.owner).toBe(users['coordinator.be'].id)
  })

  it('refuses a coordinator who approves, whether proposing or afterwards, and says why', async () => {
    await expect(propose('coordinator.be', { ...profiles, id: 'selfApproved', status: 'approved' })).rejects.toMatchObject({
      status: 403,
      message: 'Only a reviewer can approve a metric; save it as proposed.',
    })
    await expect(
      payload.update({ collection: 'metrics', id: 'occupationalProfiles', data: { status: 'approved' }, ...as('coordinator.be') }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'metrics', id: 'occupationalProfiles' })).status).toBe('proposed')
  })

  it('shows a proposal to its proposer and reviewers, never to anonymous readers, researchers or other coordinators', async () => {
    expect(await readableKeys('coordinator.be')).toContain('occupationalProfiles')
    expect(await readableKeys('reviewer')).toContain('occupationalProfiles')
    for (const who of ['anonymous', 'researcher', 'coordinator.nl'] as const) expect(await readableKeys(who)).not.toContain('occupationalProfiles')
  })

  it('lets a coordinator change their own proposal but not an approved metric', async () => {
    await payload.update({ collection: 'metrics', id: 'occupationalProfiles', data: { label: 'Occupational profiles described' }, ...as('coordinator.be') })
    await expect(payload.update({ collection: 'metrics', id: 'chats', data: { label: 'Chats' }, ...as('coordinator.be') })).rejects.toMatchObject({ status: 403 })
  })

  it('refuses researchers and anonymous callers who propose', async () => {
    await expect(propose('researcher', { ...profiles, id: 'researcherIdea' })).rejects.toMatchObject({ status: 403 })
    await expect(payload.create({ collection: 'metrics', data: { ...profiles, id: 'anonymousIdea' } as never, ...as('anonymous') })).rejects.toMatchObject({ status: 403 })
  })

  it('lets the proposer use a proposed metric on a draft, but not another coordinator, and not on a published practice', async () => {
    const draft = await payload.create({ collection: 'practices', data: withFigure('metrics-profiles-be', 'BE', 'occupationalProfiles'), draft: true, ...as('coordinator.be') })
    expect(draft.indicators?.[0]?.metric).toBe('occupationalProfiles')
    expect(await errorsOf(payload.create({ collection: 'practices', data: withFigure('metrics-profiles-nl', 'NL', 'occupationalProfiles'), draft: true, ...as('coordinator.nl') }))).toEqual([
      { path: 'indicators.0.metric', message: expect.stringContaining('“occupationalProfiles” is not in the metrics vocabulary') },
    ])
    expect(await errorsOf(payload.update({ collection: 'practices', id: draft.id, data: { _status: 'published' }, ...as('reviewer') }))).toEqual([
      { path: 'indicators.0.metric', message: expect.stringContaining('is still a proposal') },
    ])
  })

  it('refuses a metric that is in no vocabulary, naming the field', async () => {
    expect(await errorsOf(payload.create({ collection: 'practices', data: withFigure('metrics-unknown', 'BE', 'profilesOfJobs'), draft: true, ...as('coordinator.be') }))).toEqual([
      { path: 'indicators.0.metric', message: expect.stringMatching(/^Metric: “profilesOfJobs” is not in the metrics vocabulary/) },
    ])
  })

  it('refuses an indicator whose source is not among the practice’s sources, naming the field', async () => {
    const data = { ...withFigure('metrics-bad-source', 'BE', 'chats'), indicators: [{ metric: 'chats', period: '2024', value: 1, unit: 'count' as const, source: 'brochure' }] }
    expect(await errorsOf(payload.create({ collection: 'practices', data, draft: true, ...as('coordinator.be') }))).toEqual([
      { path: 'indicators.0.source', message: 'Source "brochure" is not among this practice’s sources (site).' },
    ])
  })

  it('lets a reviewer approve a proposal; then the public reads it and the practice can be published', async () => {
    const approved = await payload.update({ collection: 'metrics', id: 'occupationalProfiles', data: { status: 'approved' }, ...as('reviewer') })
    expect(approved.status).toBe('approved')
    expect(await readableKeys('anonymous')).toContain('occupationalProfiles')
    const { docs } = await payload.find({ collection: 'practices', where: { slug: { equals: 'metrics-profiles-be' } }, draft: true, depth: 0 })
    const published = await payload.update({ collection: 'practices', id: docs[0]!.id, data: { _status: 'published' }, ...as('reviewer') })
    expect(published._status).toBe('published')
  })

  it('refuses to delete a metric a practice uses', async () => {
    await expect(payload.delete({ collection: 'metrics', id: 'occupationalProfiles', ...as('reviewer') })).rejects.toMatchObject({ status: 400 })
    expect((await payload.findByID({ collection: 'metrics', id: 'occupationalProfiles' })).id).toBe('occupationalProfiles')
  })
})

describe('the comparison with a new metric', () => {
  it('keeps “about 900 occupational profiles” apart from the helpdesk’s contacts, in the rows and the charts', async () => {
    const { practices } = await getComparedPractices(anonymousViewer, ['metrics-profiles-be', 'school-safety-helpdesk'], 'en')
    expect(practices).toHaveLength(2)
    const metrics = await getMetricVocabulary(anonymousViewer)
    const figures = comparisonSections(practices, 'About', 'en', metrics)
      .flatMap((s) => s.elements)
      .find((e) => e.key === 'indicators')!
    const presence = figures.rows.map((r) => [r.label, r.cells.map((c) => c.kind === 'presence' && c.present)])
    expect(presence).toEqual([
      ['Contacts', [false, true]],
      ['Occupational profiles described', [true, false]],
    ])
    const charts = comparedMetricCharts(practices, 'en', metrics)
    // Chart titles name the metric, then the period.
    const profilesChart = charts.find((c) => c.title.startsWith('Occupational profiles described'))!
    expect(profilesChart.series.map((s) => s.name)).toEqual(['Study choice site metrics-profiles-be'])
    expect(charts.filter((c) => c.title.startsWith('Contacts')).flatMap((c) => c.series.map((s) => s.name))).not.toContain('Study choice site metrics-profiles-be')
  })
})

describe('importing indicators', () => {
  it('refuses a metric key that is not in the vocabulary, naming row, column and value, and writes nothing', async () => {
    const row = { ...withFigure('metrics-import', 'BE', 'jobProfiles'), title: { en: 'Imported study choice site' } }
    const file = { name: 'practices.json', bytes: new TextEncoder().encode(JSON.stringify([row])) }
    const report = await importPractices(payload, users['coordinator.be'], [file])
    expect(report.problems).toEqual([{ row: 1, column: 'indicators', value: 'jobProfiles', expected: expect.stringContaining('a metric of the vocabulary') }])
    expect(report.created).toEqual([])
    expect((await payload.count({ collection: 'practices', where: { slug: { equals: 'metrics-import' } } })).totalDocs).toBe(0)
  })

  it('accepts the same file once the metric is in the vocabulary', async () => {
    const row = { ...withFigure('metrics-import', 'BE', 'occupationalProfiles'), title: { en: 'Imported study choice site' } }
    const file = { name: 'practices.json', bytes: new TextEncoder().encode(JSON.stringify([row])) }
    const report = await importPractices(payload, users['coordinator.be'], [file])
    expect(report.problems).toEqual([])
    expect(report.created).toEqual(['metrics-import'])
  })
})
