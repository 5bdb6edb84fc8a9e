/**
 * The streamed open-data exports: the same files as Payload's Local API gives for the published demo
 * practices, and every row of an inventory of a few thousand practices (gzip over HTTP: tests/e2e/open-data.e2e.test.ts).
 */

import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as csvExport } from '../../app/api/open-data/practices.csv/route'
import { GET as jsonExport } from '../../app/api/open-data/practices.json/route'
import { insertSyntheticPractices } from '../../scripts/lib/synthetic-practices'
import { parseCsv, toCsv } from '@/exchange/csv'
import { practicesCsv } from '@/exchange/open-data-files'
import { publishedPracticesViaLocalApi } from '../support/open-data-reference'
import { payloadForTests } from '../support/payload'

let payload: Payload
let client: pg.Client

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers })
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '')

beforeAll(async () => {
  payload = await payloadForTests()
  client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
})
afterAll(async () => {
  await client?.end()
  await payload?.destroy()
})

describe('open-data exports read from SQL', () => {
  // Other test files may have added synthetic practices; the comparison is on the demo practices, which
  // Payload's Local API reads in a few seconds (it takes about 2 ms per practice).
  const demo = { synthetic: { not_equals: true } }

  it('write the demo practices exactly as the Local API reads them, in CSV and JSON, in every label language', async () => {
    const reference = await publishedPracticesViaLocalApi(payload, demo)
    expect(reference.length).toBeGreaterThan(20)
    const slugs = new Set(reference.map((p) => p.slug))
    for (const locale of ['en', 'nl'] as const) {
      const response = await csvExport(request(`/api/open-data/practices.csv?locale=${locale}`))
      expect(response.status).toBe(200)
      const rows = parseCsv(withoutBom(await response.text()))
      const demoRows = [rows[0], ...rows.slice(1).filter((row) => slugs.has(row[0]))]
      expect('\uFEFF' + toCsv(demoRows)).toBe(practicesCsv(reference, locale))
    }
    const json = await (await jsonExport(request('/api/open-data/practices.json'))).json()
    expect(json.practices.filter((p: { slug: string }) => slugs.has(p.slug))).toEqual(JSON.parse(JSON.stringify(reference)))
    expect(json.count).toBe(json.practices.length)
  })

  it('apply the catalogue filters as before: one country', async () => {
    const reference = await publishedPracticesViaLocalApi(payload, { and: [demo, { country: { equals: 'NL' } }] })
    const json = await (await jsonExport(request('/api/open-data/practices.json?country=NL'))).json()
    const slugs = new Set(reference.map((p) => p.slug))
    expect(json.practices.filter((p: { slug: string }) => slugs.has(p.slug))).toEqual(JSON.parse(JSON.stringify(reference)))
    expect(json.practices.every((p: { country: string }) => p.country === 'NL')).toBe(true)
  })

  it('answer 200 with every published practice of a few thousand, in slug order', { timeout: 240_000 }, async () => {
    const before = (await client.query('SELECT max(id) AS id FROM practices')).rows[0].id as number
    await insertSyntheticPractices(client, 2_000)
    try {
      const expected = (await client.query(`SELECT slug FROM practices WHERE _status = 'published' ORDER BY slug`)).rows.map((r) => r.slug as string)
      expect(expected.length).toBeGreaterThan(2_000)

      const plain = await csvExport(request('/api/open-data/practices.csv'))
      expect(plain.status).toBe(200)
      const bytes = Buffer.from(await plain.arrayBuffer())
      expect(parseCsv(withoutBom(bytes.toString('utf8'))).slice(1).map((row) => row[0])).toEqual(expected)

      const json = await (await jsonExport(request('/api/open-data/practices.json'))).json()
      expect(json.count).toBe(expected.length)
      expect(json.practices.map((p: { slug: string }) => p.slug)).toEqual(expected)
    } finally {
      await client.query('DELETE FROM practices WHERE synthetic AND id > $1', [before])
    }
  })
})
