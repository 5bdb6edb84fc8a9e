/** Open data over HTTP, and the admin's import view: upload, check, confirm. */
import { gunzipSync } from 'node:zlib'

import { describe, expect, inject, it } from 'vitest'

import { browserForThisFile } from '../support/browser'
import { ApiClient, newClientAddress, rawGet } from '../support/http'
import { demoPassword } from '../support/payload'

const baseURL = inject('baseURL')
const browser = browserForThisFile()


describe('open data', () => {
  it('serves the published practices as CSV that opens with the three seed practices', async () => {
    const response = await fetch(`${baseURL}/api/open-data/practices.csv`)
    expect(response.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/)
    expect(response.headers.get('link')).toContain('creativecommons.org/licenses/by/4.0')
    const text = await response.text()
    const slugs = text.split('\r\n').slice(1).map((line) => line.split(',')[0])
    expect(slugs).toEqual(expect.arrayContaining(['antwerp-radicalisation-flow', 'clbchat', 'school-safety-helpdesk']))
    expect(text).not.toContain('Goris')
  })

  it('sends the CSV and JSON gzip-compressed to a client that accepts gzip, and the same files plain to one that does not', async () => {
    // the current records, a filtered view, and the demo round's snapshot (seed/rounds.ts)
    for (const file of ['practices.csv', 'practices.json?country=BE&locale=fr', 'practices.csv?round=2025']) {
      const url = `${baseURL}/api/open-data/${file}`
      const client = { 'x-forwarded-for': newClientAddress() }
      const [gzipped, plain, identity] = await Promise.all([
        rawGet(url, { ...client, 'accept-encoding': 'gzip, deflate, br' }),
        rawGet(url, client),
        rawGet(url, { ...client, 'accept-encoding': 'identity' }),
      ])
      for (const answer of [gzipped, plain, identity]) {
        expect(answer.status).toBe(200)
        // a cache in between keeps the two forms apart
        expect(answer.headers.vary).toMatch(/\bAccept-Encoding\b/i)
      }
      expect(gzipped.headers['content-encoding']).toBe('gzip')
      expect(plain.headers['content-encoding']).toBeUndefined()
      expect(identity.headers['content-encoding']).toBeUndefined()
      const unzipped = gunzipSync(gzipped.body)
      expect(gzipped.body.length).toBeLessThan(unzipped.length / 2)
      // the same file in each form, but for the time the JSON says it was made
      const withoutTime = (bytes: Buffer) => bytes.toString('utf8').replace(/"generatedAt":"[^"]+"/, '')
      expect(withoutTime(plain.body)).toContain(file.startsWith('practices.csv') ? '\r\nclbchat,' : '"slug":"clbchat"')
      expect(withoutTime(unzipped)).toBe(withoutTime(plain.body))
      expect(withoutTime(identity.body)).toBe(withoutTime(plain.body))
    }
  })

  it('applies the catalogue filters and the requested language to the JSON and CSV', async () => {
    const json = await (await fetch(`${baseURL}/api/open-data/practices.json?country=NL`)).json()
    expect(json.practices.map((p: { slug: string }) => p.slug)).toContain('school-safety-helpdesk')
    expect(json.practices.map((p: { slug: string }) => p.slug)).not.toContain('clbchat')
    expect(json.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/')
    const dutch = await (await fetch(`${baseURL}/api/open-data/practices.csv?country=NL&locale=nl`)).text()
    expect(dutch).toContain('Op afstand')
  })

  it('describes the dataset in DCAT-AP and the API in OpenAPI', async () => {
    const catalog = await (await fetch(`${baseURL}/api/open-data/catalog.jsonld`)).json()
    expect(catalog['@type']).toBe('dcat:Catalog')
    // The current records in CSV and JSON, then the same per closed round (the demo may have some).
    const urls = catalog['dcat:dataset']['dcat:distribution'].map((d: { 'dcat:downloadURL': { '@id': string } }) => d['dcat:downloadURL']['@id'])
    expect(urls.slice(0, 2)).toEqual([`${baseURL}/api/open-data/practices.csv`, `${baseURL}/api/open-data/practices.json`])
    expect(urls.slice(2).every((url: string) => /\/api\/open-data\/practices\.(csv|json)\?round=/.test(url))).toBe(true)
    const openapi = await (await fetch(`${baseURL}/api/open-data/openapi.json`)).json()
    expect(openapi.openapi).toBe('3.1.0')
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/open-data/practices.csv', '/api/practices/import']))
    expect(openapi.components.schemas.Practice.properties.themes).toBeDefined()
  })

  it('refuses the import endpoint to anonymous callers', async () => {
    const response = await fetch(`${baseURL}/api/practices/import?name=x.csv`, { method: 'POST', body: 'slug\n' })
    expect(response.status).toBe(401)
  })
})

describe('admin import view', () => {
  it('checks a file, shows what would change, and imports it on confirmation', async () => {
    const example = await (await fetch(`${baseURL}/api/open-data/example.csv`)).text()
    const renamed = example.replaceAll('clbchat', 'clbchat-imported')
    const page = await browser().newPage()
    await page.goto(`${baseURL}/admin/login`)
    await page.locator('#field-email').fill('admin@example.org')
    await page.locator('#field-password').fill(demoPassword())
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(`${baseURL}/admin/import`)
    await page.locator('#import-file').setInputFiles({ name: 'example.csv', mimeType: 'text/csv', buffer: Buffer.from(renamed) })
    await page.getByRole('button', { name: 'Check file' }).click()
    await page.getByText('3 rows: 1 to create, 0 to update, 2 unchanged.').waitFor({ timeout: 20_000 })
    await page.getByRole('button', { name: 'Import 1 practice', exact: true }).click()
    await page.getByText('3 rows: 1 created, 0 updated, 2 unchanged.').waitFor({ timeout: 20_000 })
    await page.close()
    const admin = await ApiClient.signedIn(baseURL, 'admin@example.org')
    const { json } = await admin.rest('GET', '/api/practices?where[slug][equals]=clbchat-imported&draft=true&depth=0')
    expect(json.docs[0]._status).toBe('draft')
  })

  it('lists the problems of a broken file by row and column', async () => {
    const admin = await ApiClient.signedIn(baseURL, 'admin@example.org')
    const { status, json: report } = await admin.rest('POST', '/api/practices/import?name=broken.csv&dryRun=1', 'slug,title,country,originalLanguage,themes\nbroken,A title,BE,nl,astrology\n')
    expect(status).toBe(422)
    expect(report.problems).toContainEqual(expect.objectContaining({ row: 2, column: 'themes', value: 'astrology' }))
  })
})
