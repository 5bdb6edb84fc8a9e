/**
 * A yearly update round through its steps (src/rounds): opening marks the published practices of its countries,
 * a coordinator confirms one unchanged, a publication updates another, the progress counts them (overdue after
 * the deadline day), and closing freezes the latest published versions, which later publications leave alone.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openDataPractices } from '@/data/open-data'
import type { PracticeInput } from '@/framework/practice-schema'
import { readRoundVersions } from '@/data/round-versions'
import { parseCsv } from '@/exchange/csv'
import { importFileRows } from '@/exchange/import-file'
import { openDataRequest } from '@/exchange/open-data-request'
import { practicesCsv, practicesJsonChunks } from '@/exchange/open-data-files'
import { roundProgress } from '@/data/round-progress'
import { closeRound } from '@/rounds/close-round'
import { confirmPractice } from '@/rounds/confirm-practice'
import { openRound } from '@/rounds/open-round'
import { transitionPractice } from '@/workflow/transition-practice'
import { demoRound } from '../../seed/rounds'
import { demoPractices } from '../support/demo-practices'
import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let users: Record<'admin' | 'reviewer' | 'be' | 'nl', TestUser>
let roundId: number
const probe = { be: 0, nl: 0, de: 0 }

const as = (user: TestUser | null) => ({ overrideAccess: false as const, user, depth: 0 })
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => ({ status: 200, message: '' }),
    (error: { status?: number; message: string }) => ({ status: error.status, message: error.message }),
  )
const published = (id: number, user: TestUser | null = users.admin) => payload.findByID({ collection: 'practices', id, ...as(user) })
const publishedCount = (countries: string[]) =>
  payload.count({ collection: 'practices', where: { country: { in: countries } }, ...as(null) }).then((r) => r.totalDocs)
const versionCount = (id: number) => payload.countVersions({ collection: 'practices', where: { parent: { equals: id } } }).then((r) => r.totalDocs)

async function publishedProbe(slug: string, country: string): Promise<number> {
  const doc = await payload.create({
    collection: 'practices',
    data: { title: `Round probe ${slug}`, slug, country, originalLanguage: 'en', _status: 'published' },
    ...as(users.reviewer),
  })
  return doc.id
}

beforeAll(async () => {
  payload = await payloadForTests()
  const [admin, reviewer, be, nl] = await Promise.all(
    ['admin', 'reviewer', 'coordinator.be', 'coordinator.nl'].map((who) => demoUser(payload, `${who}@example.org`)),
  )
  users = { admin, reviewer, be, nl }
  probe.be = await publishedProbe('round-probe-be', 'BE')
  probe.nl = await publishedProbe('round-probe-nl', 'NL')
  probe.de = await publishedProbe('round-probe-de', 'DE')
  const round = await payload.create({ collection: 'rounds', data: { name: 'Int test round', deadline: '2030-03-31T00:00:00.000Z', countries: ['BE', 'NL'] }, ...as(users.admin) })
  roundId = round.id
})

afterAll(async () => {
  if (payload) {
    // A test that failed half-way leaves no round open for the test files after this one.
    await closeRound(payload, roundId, users.admin).catch(() => undefined)
    await payload.delete({ collection: 'practices', where: { slug: { like: 'round-probe-' } } })
    await payload.destroy()
  }
})

describe('the demo round', () => {
  it('is closed, public by name and dates, and its snapshot holds every published demo practice as last verified in it', async () => {
    const { docs } = await payload.find({ collection: 'rounds', where: { name: { equals: '2025' } }, ...as(null) })
    expect(docs[0]).toMatchObject({ name: '2025', closedAt: demoRound.closedAt, deadline: demoRound.deadline })
    expect(docs[0]!.countries).toBeUndefined()
    const snapshot = await readRoundVersions(payload, docs[0]!.id, { limit: 5000 })
    expect(snapshot).toHaveLength(demoPractices().length)
    const clbchat = (await payload.find({ collection: 'practices', where: { slug: { equals: 'clbchat' } }, ...as(null) })).docs[0]!
    expect(clbchat).toMatchObject({ lastVerifiedAt: demoRound.deadline, lastVerifiedRound: docs[0]!.id })
    const frozen = snapshot.find((r) => r.practiceId === clbchat.id)!
    const version = await payload.findVersionByID({ collection: 'practices', id: String(frozen.versionId), depth: 0 })
    expect(version.version).toMatchObject({ title: clbchat.title, lastVerifiedAt: demoRound.deadline })
  })
})

describe('the exports', () => {
  it('carry when and in which round each practice was last verified, which an import of the file ignores', async () => {
    const request = openDataRequest('http://localhost/?locale=en')
    if (!request.ok) throw new Error(request.message)
    const practices: PracticeInput[] = []
    for await (const batch of openDataPractices({ user: null }, request.query, request.locale)) practices.push(...batch)
    const batches = async function* () {
      yield practices
    }
    let json = ''
    for await (const chunk of practicesJsonChunks(batches(), { source: 'test', count: practices.length })) json += chunk
    expect(practices.find((p) => p.slug === 'clbchat')).toMatchObject({ lastVerified: '2025-03-31', lastVerifiedRound: '2025' })
    const csv = practicesCsv(practices, 'en')
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
    const clbchat = rows.find((row) => row[header!.indexOf('slug')] === 'clbchat')!
    expect([clbchat[header!.indexOf('lastVerified')], clbchat[header!.indexOf('lastVerifiedRound')]]).toEqual(['2025-03-31', '2025'])
    for (const [text, name] of [[csv, 'export.csv'], [json, 'export.json']] as const) {
      const file = importFileRows(new TextEncoder().encode(text), name)
      const rows = file.rows.map((row) => row.read())
      expect([...file.problems, ...rows.flatMap((row) => row.problems)]).toEqual([])
      expect(rows.find((row) => row.input.slug === 'clbchat')!.input).not.toHaveProperty('lastVerified')
    }
  })
})

describe('a round’s name', () => {
  it('is refused with what it may hold when its snapshot could not be asked for by it', async () => {
    const deadline = '2031-03-31T00:00:00.000Z'
    const refused = await payload.create({ collection: 'rounds', data: { name: 'Ronde #3: 2031?', deadline }, ...as(users.admin) }).catch((error: unknown) => error)
    expect(refused).toMatchObject({ status: 400, data: { errors: [{ path: 'name', message: expect.stringMatching(/^Use at most 100 letters, digits, spaces and/) }] } })
    expect(await payload.count({ collection: 'rounds', where: { name: { equals: 'Ronde #3: 2031?' } } }).then((r) => r.totalDocs)).toBe(0)
    // A name it accepts is one the open-data request accepts too.
    const accepted = await payload.create({ collection: 'rounds', data: { name: 'Mise à jour 2031 (pilote)', deadline }, ...as(users.admin) })
    expect(openDataRequest('http://x/api/open-data/practices.csv?round=Mise%20%C3%A0%20jour%202031%20(pilote)')).toMatchObject({ ok: true, round: 'Mise à jour 2031 (pilote)' })
    await payload.delete({ collection: 'rounds', id: accepted.id, ...as(users.admin) })
  })

  it('is kept without spaces at either end, so that its snapshot is found by the name the request gives', async () => {
    const round = await payload.create({ collection: 'rounds', data: { name: ' Mise à jour 2032 ', deadline: '2032-03-31T00:00:00.000Z' }, ...as(users.admin) })
    expect(round.name).toBe('Mise à jour 2032')
    // The open-data request trims what it is given, and looks the round up by that name.
    const asked = openDataRequest('http://x/api/open-data/practices.csv?round=%20Mise%20%C3%A0%20jour%202032%20')
    expect(asked).toMatchObject({ ok: true, round: 'Mise à jour 2032' })
    const named = await payload.count({ collection: 'rounds', where: { name: { equals: asked.ok ? asked.round : '' } } })
    expect(named.totalDocs).toBe(1)
    await payload.delete({ collection: 'rounds', id: round.id, ...as(users.admin) })
  })
})

describe('opening a round', () => {
  it('is for admins only: a coordinator is refused (403) and nothing is marked', async () => {
    expect(await refusal(openRound(payload, roundId, users.be))).toEqual({ status: 403, message: 'Your account may not take the step “Open the round”.' })
    expect((await published(probe.be)).verifyState).toBeNull()
  })

  it('marks every published practice of its countries to verify, and no other', async () => {
    const { marked } = await openRound(payload, roundId, users.admin)
    expect(marked).toBe(await publishedCount(['BE', 'NL']))
    expect(await published(probe.be)).toMatchObject({ verifyState: 'toVerify', verifyRound: roundId })
    expect(await published(probe.nl)).toMatchObject({ verifyState: 'toVerify', verifyRound: roundId })
    expect((await published(probe.de)).verifyState).toBeNull()
    expect((await payload.findByID({ collection: 'rounds', id: roundId, ...as(users.admin) })).opensAt).toBeTruthy()
  })

  it('is refused a second time, and for another round while this one is open (409)', async () => {
    expect(await refusal(openRound(payload, roundId, users.admin))).toEqual({ status: 409, message: 'The round “Int test round” has already been opened.' })
    // Opening is a step: an opening date sent with the round is ignored.
    const data = { name: 'Int test second round', deadline: '2030-06-30T00:00:00.000Z', opensAt: '2030-01-01T00:00:00.000Z' }
    const other = await payload.create({ collection: 'rounds', data, ...as(users.admin) })
    expect(other.opensAt).toBeFalsy()
    expect(await refusal(openRound(payload, other.id, users.admin))).toEqual({
      status: 409,
      message: 'The round “Int test second round” cannot be opened while the round “Int test round” is open; close that one first.',
    })
    await payload.delete({ collection: 'rounds', id: other.id, ...as(users.admin) })
  })

  it('keeps its countries while open (409)', async () => {
    const change = payload.update({ collection: 'rounds', id: roundId, data: { countries: ['BE'] }, ...as(users.admin) })
    expect(await refusal(change)).toEqual({ status: 409, message: 'The round “Int test round” is open; its countries cannot change until it is closed.' })
  })
})

describe('confirming a practice unchanged', () => {
  let before: { updatedAt: string; versions: number }
  beforeAll(async () => {
    before = { updatedAt: (await published(probe.be)).updatedAt, versions: await versionCount(probe.be) }
  })

  it('is refused to the coordinator of another country (403)', async () => {
    expect(await refusal(confirmPractice(payload, probe.be, users.nl))).toMatchObject({ status: 403 })
  })

  it('verifies it in this round in one step, as a new published version the public reads', async () => {
    const start = Date.now()
    const { lastVerifiedAt } = await confirmPractice(payload, probe.be, users.be)
    const doc = await published(probe.be)
    expect(doc).toMatchObject({ verifyState: 'confirmed', verifyRound: roundId, lastVerifiedRound: roundId, lastVerifiedAt })
    expect(Date.parse(lastVerifiedAt)).toBeGreaterThanOrEqual(start - 1000)
    expect(await versionCount(probe.be)).toBe(before.versions + 1)
    // The content did not change, so neither does its date; the public sees when it was verified.
    expect(doc.updatedAt).toBe(before.updatedAt)
    expect(await published(probe.be, null)).toMatchObject({ lastVerifiedAt, lastVerifiedRound: roundId })
  })

  it('is refused once done (409), and for a practice outside the round (409)', async () => {
    expect(await refusal(confirmPractice(payload, probe.be, users.be))).toMatchObject({ status: 409 })
    expect(await refusal(confirmPractice(payload, probe.de, users.admin))).toMatchObject({ status: 409 })
  })

  it('is refused while changes wait to be published (409): their publication verifies the practice', async () => {
    await payload.update({ collection: 'practices', id: probe.nl, data: { title: 'Round probe nl, changed' }, draft: true, ...as(users.nl) })
    expect(await refusal(confirmPractice(payload, probe.nl, users.nl))).toEqual({
      status: 409,
      message: '“Round probe nl, changed” has changes that are not published yet; publishing them verifies it in this round.',
    })
    expect((await published(probe.nl)).verifyState).toBe('toVerify')
  })
})

describe('publishing during the round', () => {
  it('marks the practice updated and verified now', async () => {
    const start = Date.now()
    await transitionPractice(payload, { practiceId: probe.nl, transition: 'submit' }, users.nl)
    await transitionPractice(payload, { practiceId: probe.nl, transition: 'publish' }, users.reviewer)
    const doc = await published(probe.nl)
    expect(doc).toMatchObject({ title: 'Round probe nl, changed', verifyState: 'updated', verifyRound: roundId, lastVerifiedRound: roundId })
    expect(Date.parse(doc.lastVerifiedAt!)).toBeGreaterThanOrEqual(start - 1000)
  })

  it('leaves a practice outside the round unverified', async () => {
    // What a client sends as round fields is ignored, as the workflow state is.
    const sent = { title: 'Round probe de, changed', _status: 'published' as const, verifyState: 'confirmed' as const, lastVerifiedAt: '2020-01-01T00:00:00.000Z' }
    await payload.update({ collection: 'practices', id: probe.de, data: sent, ...as(users.reviewer) })
    expect(await published(probe.de)).toMatchObject({ title: 'Round probe de, changed', verifyState: null, lastVerifiedAt: null })
  })
})

describe('progress', () => {
  it('counts per country what is to verify, confirmed and updated; overdue only after the deadline day', async () => {
    const onDeadline = await roundProgress(payload, { user: users.admin }, roundId, '2030-03-31')
    const [be, nl] = [onDeadline.find((c) => c.country === 'BE')!, onDeadline.find((c) => c.country === 'NL')!]
    expect(onDeadline.map((c) => c.country)).toEqual(['BE', 'NL'])
    expect(be).toEqual({ country: 'BE', toVerify: (await publishedCount(['BE'])) - 1, confirmed: 1, updated: 0, overdue: 0 })
    expect(nl).toEqual({ country: 'NL', toVerify: (await publishedCount(['NL'])) - 1, confirmed: 0, updated: 1, overdue: 0 })
    const dayAfter = await roundProgress(payload, { user: users.admin }, roundId, '2030-04-01')
    expect(dayAfter.map((c) => c.overdue)).toEqual([be.toVerify, nl.toVerify])
  })

  it('shows a coordinator their own countries only', async () => {
    expect((await roundProgress(payload, { user: users.be }, roundId, '2030-03-31')).map((c) => c.country)).toEqual(['BE'])
    expect(await roundProgress(payload, { user: null }, roundId, '2030-03-31')).toEqual([])
  })
})

describe('closing the round', () => {
  it('is for admins only (403)', async () => {
    expect(await refusal(closeRound(payload, roundId, users.reviewer))).toMatchObject({ status: 403 })
  })

  it('keeps, for every published practice, its latest published version', async () => {
    const { practices } = await closeRound(payload, roundId, users.admin)
    const { docs } = await payload.findVersions({ collection: 'practices', where: { 'version._status': { equals: 'published' } }, sort: '-id', pagination: false, depth: 0 })
    const publishedIds = new Set((await payload.find({ collection: 'practices', pagination: false, select: {}, ...as(null) })).docs.map((d) => d.id))
    const expected = new Map<number, number>()
    for (const version of docs) {
      const parent = version.parent as number
      if (publishedIds.has(parent) && !expected.has(parent)) expected.set(parent, version.id as unknown as number)
    }
    const frozen = await readRoundVersions(payload, roundId, { limit: 5000 })
    // Practices with a published version: other test files add synthetic practices (written in SQL, without versions) to this shared database.
    expect(practices).toBe(expected.size)
    expect(new Map(frozen.map((r) => [r.practiceId, r.versionId]))).toEqual(expected)
  })

  it('reads its snapshot page by page in practice order', async () => {
    const all = await readRoundVersions(payload, roundId, { limit: 5000 })
    const first = await readRoundVersions(payload, roundId, { limit: 2 })
    const next = await readRoundVersions(payload, roundId, { limit: 2, afterPracticeId: first.at(-1)!.practiceId })
    expect([...first, ...next]).toEqual(all.slice(0, 4))
  })

  it('keeps its snapshot when a practice is published again later', async () => {
    const frozenBefore = (await readRoundVersions(payload, roundId, { limit: 5000 })).find((r) => r.practiceId === probe.nl)!
    await payload.update({ collection: 'practices', id: probe.nl, data: { title: 'Round probe nl, after the round', _status: 'published' }, ...as(users.reviewer) })
    const frozenAfter = (await readRoundVersions(payload, roundId, { limit: 5000 })).find((r) => r.practiceId === probe.nl)!
    expect(frozenAfter).toEqual(frozenBefore)
    const version = await payload.findVersionByID({ collection: 'practices', id: String(frozenAfter.versionId), depth: 0 })
    expect(version.version.title).toBe('Round probe nl, changed')
    // Outside any open round, a publication changes no verification.
    expect(await published(probe.nl)).toMatchObject({ verifyState: 'updated', verifyRound: roundId })
  })

  it('cannot be closed twice, changed or deleted (409)', async () => {
    expect(await refusal(closeRound(payload, roundId, users.admin))).toEqual({ status: 409, message: 'The round “Int test round” is already closed.' })
    expect(await refusal(payload.update({ collection: 'rounds', id: roundId, data: { name: 'Renamed' }, ...as(users.admin) }))).toMatchObject({ status: 409 })
    expect(await refusal(payload.delete({ collection: 'rounds', id: roundId, ...as(users.admin) }))).toMatchObject({ status: 409 })
  })
})
