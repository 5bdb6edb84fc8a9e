/**
 * The streamed open-data exports: the same files as Payload's Local API gives for the published demo
 * practices, and every row of an inventory of a few thousand practices (gzip over HTTP: tests/e2e/open-data.e2e.test.ts).
 */

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { GET as csvExport } from '../../app/api/open-data/practices.csv/route'
import { GET as jsonExport } from '../../app/api/open-data/practices.json/route'
import { insertSyntheticPractices } from '../../scripts/lib/synthetic-practices'
import { documentRead, type Query } from '@/data/document-read-sql'
import { EXPORT_STATEMENTS } from '@/data/open-data'
import { parseCsv, toCsv } from '@/exchange/csv'
import { practicesCsv } from '@/exchange/open-data-files'
import { documentShape } from '@/practice-input/practice-rows'
import { publishedPracticesViaLocalApi } from '../support/open-data-reference'
import { demoUser, payloadForTests } from '../support/payload'

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

describe('a batch of documents read while one of them is edited', () => {
  it('leaves out what the edit added between two of its statements, instead of failing', async () => {
    const admin = await demoUser(payload, 'admin@example.org')
    const as = { user: admin, overrideAccess: false } as const
    const data = { title: 'Pathway edited during an export', slug: 'export-edit-probe', country: 'BE', originalLanguage: 'en' as const, themes: ['access' as const] }
    const practice = await payload.create({ collection: 'practices', data: { ...data, pathway: [{ title: 'Call' }], _status: 'published' }, ...as })
    const [step] = practice.pathway!
    const fields = payload.collections.practices.config.flattenedFields.filter((field) => ['title', 'pathway'].includes(field.name))
    const read = documentRead(payload.db as unknown as PostgresAdapter, fields, documentShape)
    const pool = (payload.db as unknown as { pool: pg.Pool }).pool
    // Each statement on its own, as PostgreSQL runs them (each reads what is committed when it starts); an editor
    // adds a step between the statement that reads the steps and the one that reads their texts.
    const query: Query = async (text) => {
      const results = []
      for (const statement of text.split(';\n')) {
        results.push(await pool.query(statement))
        if (statement.includes('FROM "practices_pathway" t')) {
          await payload.update({ collection: 'practices', id: practice.id, data: { pathway: [step!, { title: 'Visit' }], _status: 'published' }, ...as })
        }
      }
      return results
    }
    try {
      const [doc] = await read(query, [practice.id])
      expect(doc).toMatchObject({ title: { en: data.title }, pathway: [{ title: { en: 'Call' } }] })
      const [after] = await read(async (text) => [await pool.query(text)].flat(), [practice.id])
      expect(after!.pathway).toMatchObject([{ title: { en: 'Call' } }, { title: { en: 'Visit' } }])
    } finally {
      await payload.delete({ collection: 'practices', id: practice.id, ...as })
    }
  })
})

describe('exports running at once', () => {
  it(`share ${EXPORT_STATEMENTS} of the connection pool's connections, and each still sends the whole file`, async () => {
    const query = pg.Pool.prototype.query
    let running = 0
    let most = 0
    const spy = vi.spyOn(pg.Pool.prototype, 'query').mockImplementation(async function (this: pg.Pool, ...args: unknown[]) {
      most = Math.max(most, ++running)
      try {
        return await (query as (...a: unknown[]) => Promise<unknown>).apply(this, args)
      } finally {
        running--
      }
    } as typeof query)
    let files: string[]
    try {
      files = await Promise.all(Array.from({ length: 6 }, async () => (await csvExport(request('/api/open-data/practices.csv'))).text()))
    } finally {
      spy.mockRestore()
    }
    expect(new Set(files).size).toBe(1)
    expect(files[0]).toContain('\r\nclbchat,')
    expect(most).toBeGreaterThan(0)
    expect(most).toBeLessThanOrEqual(EXPORT_STATEMENTS)
  })
})

