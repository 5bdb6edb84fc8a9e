/**
 * A closed round's snapshot as open data: the records its versions hold (round_versions names them), unchanged by
 * publications after the close; refusals of unknown, open and malformed rounds; the DCAT distributions.
 */
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as catalog } from '../../app/api/open-data/catalog.jsonld/route'
import { GET as csvExport } from '../../app/api/open-data/practices.csv/route'
import { GET as jsonExport } from '../../app/api/open-data/practices.json/route'
import { practiceFromDoc } from '@/exchange/practice-from-doc'
import { exportOnlyValues } from '@/framework/export-only-fields'
import type { PracticeInput } from '@/framework/practice-schema'
import { demoUser, payloadForTests } from '../support/payload'

let payload: Payload
let client: pg.Client
const closed = 'Snapshot test 2026'
const open = 'Snapshot test open'

const get = (route: (r: Request) => Promise<Response>, path: string) => route(new Request(`http://localhost${path}`))
const snapshot = async (name = closed) => (await (await get(jsonExport, `/api/open-data/practices.json?round=${encodeURIComponent(name)}`)).json()) as { round: { name: string }; count: number; practices: PracticeInput[] }

/**
 * What the snapshot's versions hold, read through the Local API, as the public sees it: contact persons marked public
 * only, and when and in which round each was last verified.
 */
async function versionsSay(roundId: number): Promise<PracticeInput[]> {
  const ids = (await client.query('SELECT version_id FROM round_versions WHERE round_id = $1', [roundId])).rows.map((r) => r.version_id as number)
  const { docs } = await payload.findVersions({ collection: 'practices', where: { id: { in: ids } }, locale: 'all', depth: 1, populate: { organisations: { slug: true }, rounds: { name: true } }, limit: 0, pagination: false })
  return docs
    .map((doc) => {
      const version = doc.version as unknown as Record<string, unknown>
      const persons = (version.persons as { isPublic?: boolean }[] | undefined)?.filter((p) => p.isPublic === true)
      return { ...practiceFromDoc({ ...version, persons }), ...exportOnlyValues(version) }
    })
    .sort((a, b) => (a.slug < b.slug ? -1 : 1))
}

let roundId: number
let openRoundId: number | undefined
/** The practice the first test renames, to be named back afterwards. */
let renamed: { id: number; title: string; by: Awaited<ReturnType<typeof demoUser>> } | undefined

beforeAll(async () => {
  payload = await payloadForTests()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  const now = new Date().toISOString()
  const round = await payload.create({ collection: 'rounds', data: { name: closed, deadline: now, opensAt: now, closedAt: now } })
  roundId = round.id
  // As closing a round leaves it: each published practice's latest published version.
  await client.query(
    `INSERT INTO round_versions (round_id, practice_id, version_id)
     SELECT $1, v.parent_id, max(v.id) FROM _practices_v v JOIN practices p ON p.id = v.parent_id AND p._status = 'published'
     WHERE v.version__status = 'published' GROUP BY v.parent_id`,
    [roundId],
  )
})
afterAll(async () => {
  // The demo's CLBch@t as the test files after this one expect it: its title, and no open round that would make
  // every later publication an update in that round.
  await client?.query('DELETE FROM round_versions WHERE round_id = $1', [roundId])
  await client?.query('DELETE FROM rounds WHERE id = ANY($1::int[])', [[roundId, ...(openRoundId ? [openRoundId] : [])]])
  if (renamed) await payload.update({ collection: 'practices', id: renamed.id, locale: 'en', data: { title: renamed.title, _status: 'published' }, user: renamed.by, overrideAccess: false })
  await client?.end()
  await payload?.destroy()
})

describe('round snapshot exports', () => {
  it('hold what the versions of the snapshot say, and keep it after a later publication', async () => {
    const expected = await versionsSay(roundId)
    expect(expected.length).toBeGreaterThan(20)
    const before = await snapshot()
    expect(before.round.name).toBe(closed)
    expect(before.count).toBe(expected.length)
    expect(before.practices).toEqual(JSON.parse(JSON.stringify(expected)))
    const csv = await (await get(csvExport, `/api/open-data/practices.csv?round=${encodeURIComponent(closed)}`)).text()
    expect(csv.split('\r\n').filter((line) => /^clbchat,/.test(line))).toHaveLength(1)
    expect(csv).not.toContain('Goris')

    const reviewer = await demoUser(payload, 'reviewer@example.org')
    const [clbchat] = (await payload.find({ collection: 'practices', where: { slug: { equals: 'clbchat' } }, locale: 'en', depth: 0, limit: 1 })).docs
    renamed = { id: clbchat.id, title: clbchat.title, by: reviewer }
    await payload.update({ collection: 'practices', id: clbchat.id, locale: 'en', data: { title: 'CLBch@t, renamed after the round', _status: 'published' }, user: reviewer, overrideAccess: false })

    const current = (await (await get(jsonExport, '/api/open-data/practices.json')).json()) as { practices: PracticeInput[] }
    expect(current.practices.find((p) => p.slug === 'clbchat')?.title.en).toBe('CLBch@t, renamed after the round')
    const after = await snapshot()
    expect(after.practices).toEqual(before.practices)
    expect(after.practices.find((p) => p.slug === 'clbchat')?.title.en).not.toBe('CLBch@t, renamed after the round')
  })

  it('refuse an unknown or still open round (404) and a malformed request (400) with a message', async () => {
    const now = new Date().toISOString()
    openRoundId = (await payload.create({ collection: 'rounds', data: { name: open, deadline: now, opensAt: now } })).id
    const message = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0].message
    const unknown = await get(csvExport, '/api/open-data/practices.csv?round=1999')
    expect(unknown.status).toBe(404)
    expect(await message(unknown)).toBe('There is no round named "1999".')
    const stillOpen = await get(jsonExport, `/api/open-data/practices.json?round=${encodeURIComponent(open)}`)
    expect(stillOpen.status).toBe(404)
    expect(await message(stillOpen)).toContain('is still open')
    for (const query of ['round=%3Cscript%3E', `round=${'x'.repeat(101)}`, 'round=', `round=${encodeURIComponent(closed)}&country=NL`, 'round=a&round=b']) {
      const refused = await get(csvExport, `/api/open-data/practices.csv?${query}`)
      expect(refused.status, query).toBe(400)
      expect(await message(refused)).toMatch(/round|filters/i)
    }
    // In the language the request asks its labels in.
    const dutch = await get(csvExport, '/api/open-data/practices.csv?round=a&round=b&locale=nl')
    expect([dutch.status, await message(dutch)]).toEqual([400, 'Geef één ronde.'])
    const french = await get(csvExport, '/api/open-data/practices.csv?round=1999&locale=fr')
    expect([french.status, await message(french)]).toEqual([404, 'Il n’y a pas de campagne nommée « 1999 ».'])
  })

  it('are listed in the DCAT description, a CSV and a JSON distribution per closed round', async () => {
    const description = await (await catalog(new Request('http://localhost/api/open-data/catalog.jsonld'))).json()
    const urls = description['dcat:dataset']['dcat:distribution'].map((d: { 'dcat:downloadURL': { '@id': string } }) => d['dcat:downloadURL']['@id'])
    const round = encodeURIComponent(closed)
    for (const format of ['csv', 'json']) expect(urls.filter((url: string) => url.endsWith(`/api/open-data/practices.${format}?round=${round}`))).toHaveLength(1)
    expect(urls.some((url: string) => url.includes(encodeURIComponent(open)))).toBe(false)
  })
})
