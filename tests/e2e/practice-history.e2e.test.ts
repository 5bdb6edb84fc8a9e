/** A practice's public history: stable version pages, the difference of two versions, its citation, when it was verified. */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { rateLimits } from '@/security/rate-limits'
import { wcagViolations } from '../support/axe'
import { browserForThisFile } from '../support/browser'
import { ApiClient, newClientAddress } from '../support/http'

const baseURL = inject('baseURL')
const browser = browserForThisFile()
const slug = 'e2e-history-probe'
let reviewer: ApiClient
let anonymous: ApiClient
let id: number

const sources = [
  { key: 'brochure', title: 'Probe brochure', publisher: 'Probe network', date: '2018' },
  { key: 'report', title: 'Probe report', publisher: 'Probe network', date: '2020' },
]
const figure = (value: number, source: string) => [{ metric: 'chats', period: '2019', value, unit: 'count', source }]
// Each request from its own client address: the history's rate limit counts per client (its own test below).
const text = async (path: string) => {
  const response = await fetch(`${baseURL}${path}`, { headers: { 'x-forwarded-for': newClientAddress() } })
  return { status: response.status, headers: response.headers, body: await response.text() }
}
const visibleText = async (path: string) => {
  const page = await browser().newPage({ extraHTTPHeaders: { 'x-forwarded-for': newClientAddress() } })
  await page.goto(`${baseURL}${path}`)
  const shown = await page.locator('main').innerText()
  await page.close()
  return shown
}

beforeAll(async () => {
  reviewer = await ApiClient.signedIn(baseURL, 'reviewer@example.org')
  anonymous = ApiClient.anonymous(baseURL)
  const goClb = (await anonymous.rest('GET', '/api/organisations?where[slug][equals]=go-clb&depth=0')).json.docs[0].id as number
  const created = await reviewer.rest('POST', '/api/practices', {
    title: 'History probe',
    slug,
    country: 'BE',
    originalLanguage: 'en',
    originators: [goClb],
    sources,
    indicators: figure(5465, 'brochure'),
    _status: 'published',
  })
  expect(created.status).toBe(201)
  id = created.json.doc.id
})
afterAll(async () => {
  await reviewer?.rest('DELETE', `/api/practices/${id}`)
})

describe('a practice’s history', () => {
  it('keeps showing version 1 at its address after a new publication, marked as an earlier version', async () => {
    const before = await visibleText(`/en/practices/${slug}/v/1`)
    expect(before).toContain('5,465')
    expect(before).toContain('You are reading version 1 of this record')
    expect(before).toContain('the current version')

    const republished = await reviewer.rest('PATCH', `/api/practices/${id}`, { indicators: figure(5470, 'report'), _status: 'published' })
    expect(republished.status).toBe(200)

    const after = await visibleText(`/en/practices/${slug}/v/1`)
    expect(after).toContain('5,465')
    expect(after).not.toContain('5,470')
    expect(after).toContain('an earlier version')
    expect(await visibleText(`/en/practices/${slug}`)).toContain('5,470')
    const old = await text(`/en/practices/${slug}/v/1`)
    expect(old.body).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/en/practices/${slug}/v/1"`))
    const current = await text(`/en/practices/${slug}/v/2`)
    expect(current.body).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/en/practices/${slug}"`))
  })

  it('answers an unknown version with the not-found page in the page’s language', async () => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseURL}/nl/practices/${slug}/v/9`)
    expect(response?.status()).toBe(404)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Pagina niet gevonden')
    await page.close()
  })

  it('shows the changed figure old → new with its sources when two versions are compared, without JavaScript', async () => {
    const page = await browser().newPage({ javaScriptEnabled: false })
    await page.goto(`${baseURL}/en/practices/${slug}/history`)
    expect(await page.locator('table.version-list tbody th').allTextContents()).toEqual(['Version 2 (current)', 'Version 1'])
    await page.getByLabel('Older version').selectOption('1')
    await page.getByLabel('Newer version').selectOption('2')
    await page.getByRole('button', { name: 'Show what changed' }).click()
    await page.waitForURL(/older=1&newer=2/)
    const row = page.getByRole('row', { name: /Chat conversations, 2019/ })
    expect(await row.locator('td').allTextContents()).toEqual(['5,465 (source: Probe network, 2018)', '5,470 (source: Probe network, 2020)'])
    expect(await page.getByRole('status').textContent()).toBe('1 element changed.')
    await page.close()
  })

  it('offers the current version’s citation as text, BibTeX and RIS, naming organisations and no person', async () => {
    const page = await browser().newPage()
    await page.goto(`${baseURL}/en/practices/${slug}`)
    const cite = page.getByRole('region', { name: 'Cite this record' })
    const citation = await cite.locator('.citation-text').textContent()
    expect(citation).toMatch(new RegExp(`^GO! CLB: History probe, version 2 of .+\\. Guidance Atlas\\. http://[^ ]+/en/practices/${slug}/v/2$`))
    expect(await cite.getByRole('link', { name: 'BibTeX (.bib)' }).getAttribute('href')).toBe(`/en/practices/${slug}/v/2/cite.bib`)
    await page.close()

    const bib = await text(`/en/practices/${slug}/v/2/cite.bib`)
    expect(bib.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8')
    expect(bib.headers.get('content-disposition')).toBe(`attachment; filename="guidance-atlas-${slug}-v2.bib"`)
    expect(bib.body).toMatch(/^@misc\{guidance-atlas-e2e-history-probe-v2,\n {2}title = \{\{History probe\}\},\n {2}author = \{\{GO! CLB\}\},/)
    expect(bib.body).toContain(`url = {${baseURL}/en/practices/${slug}/v/2}`)

    const ris = await text(`/nl/practices/${slug}/v/1/cite.ris`)
    expect(ris.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8')
    expect(ris.body.split('\r\n').filter((line) => /^(TY|TI|AU|PB|UR|ER) /.test(line))).toEqual([
      'TY  - ELEC',
      'TI  - History probe',
      'AU  - GO! CLB',
      'PB  - Guidance Atlas',
      `UR  - ${baseURL}/nl/practices/${slug}/v/1`,
      'ER  - ',
    ])
    expect((await text(`/en/practices/${slug}/v/3/cite.ris`)).status).toBe(404)
    expect((await text(`/en/practices/${slug}/v/1/cite.txt`)).status).toBe(404)
  })

  it('says when the practice was last verified, and that it was not verified since once that is over 18 months ago', async () => {
    const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL })
    await db.connect()
    try {
      const { rows } = await db.query(
        `INSERT INTO rounds (name, opens_at, deadline, closed_at) VALUES ('E2E history round', now() - interval '3 months', now() - interval '2 months', now() - interval '2 months') RETURNING id`,
      )
      // What the round's confirmation step writes: the practice and its current version.
      const verify = (at: string) =>
        Promise.all([
          db.query(`UPDATE practices SET last_verified_at = $2::timestamptz, last_verified_round_id = $3 WHERE id = $1`, [id, at, rows[0].id]),
          db.query(`UPDATE _practices_v SET version_last_verified_at = $2::timestamptz, version_last_verified_round_id = $3 WHERE parent_id = $1 AND latest`, [id, at, rows[0].id]),
        ])
      await verify('2026-09-15T10:00:00Z')
      expect(await visibleText(`/en/practices/${slug}`)).toContain('Last verified on September 15, 2026 (round E2E history round)')
      expect(await visibleText(`/en/practices/${slug}/history`)).toMatch(/Version 2 \(current\)\s+.+\s+E2E history round/)
      await verify(new Date(Date.now() - 20 * 31 * 24 * 3600 * 1000).toISOString())
      expect(await visibleText(`/nl/practices/${slug}`)).toMatch(/Niet gecontroleerd sinds \d+ \S+ \d{4}/)
    } finally {
      await db.end()
    }
  })

  it('never shows a draft: neither one saved after the last publication, nor a practice never published', async () => {
    const before = await text(`/en/practices/${slug}/history`)
    const versions = before.body.match(/Version \d+/g)
    expect((await reviewer.rest('PATCH', `/api/practices/${id}?draft=true`, { indicators: figure(8888, 'report') })).status).toBe(200)
    const after = await text(`/en/practices/${slug}/history`)
    expect(after.body.match(/Version \d+/g)).toEqual(versions)
    expect((await text(`/en/practices/${slug}/v/3`)).status).toBe(404)
    expect((await text(`/en/practices/${slug}/history?older=2&newer=3`)).status).toBe(404)
    expect(await visibleText(`/en/practices/${slug}/v/2`)).not.toContain('8,888')

    const draftSlug = 'e2e-history-never-published'
    const draft = await reviewer.createDraft({ title: 'Never published probe', slug: draftSlug, country: 'BE', originalLanguage: 'en' })
    try {
      for (const path of [`/en/practices/${draftSlug}/history`, `/en/practices/${draftSlug}/v/1`, `/en/practices/${draftSlug}/v/1/cite.bib`]) {
        expect((await text(path)).status, path).toBe(404)
      }
    } finally {
      await reviewer.rest('DELETE', `/api/practices/${draft}`)
    }
  })

  it.each([
    ['a page past the last', 404, '/history?page=999999999'],
    ['a negative page (the first page)', 200, '/history?page=-1'],
    ['empty versions to compare (no comparison)', 200, '/history?older=&newer='],
    ['a version to compare that does not exist', 404, '/history?older=1&newer=999999999'],
    ['a version number too long to be one (no comparison)', 200, `/history?older=1&newer=${'9'.repeat(4000)}`],
    ['a version number with a leading zero', 404, '/v/01'],
    ['a version number past any integer', 404, '/v/99999999999999999999'],
    ['a citation of a version that does not exist', 404, '/v/999999999/cite.ris'],
  ])('answers %s with %i, never a server error', async (_what, status, path) => {
    const response = await text(`/nl/practices/${slug}${path}`)
    expect(response.status).toBe(status)
    if (status === 404) expect(response.body).toMatch(/Pagina niet gevonden|Er is geen gepubliceerde versie/)
  })

  it('answers a citation file of an unknown version with a sentence in the page’s language', async () => {
    const response = await text(`/nl/practices/${slug}/v/9/cite.bib`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.body).toBe(`Er is geen gepubliceerde versie 9 van een praktijk op dit adres.\n`)
  })

  it('limits the history, version pages and citations per client, telling the reader in the page’s language', async () => {
    const crawler = ApiClient.anonymous(baseURL)
    const statuses: number[] = []
    for (let i = 0; i < rateLimits.practiceHistory.limit; i++) statuses.push((await crawler.rest('GET', `/nl/practices/${slug}/v/1/cite.ris`)).status)
    expect(statuses.every((status) => status === 200)).toBe(true)
    const refused = await crawler.rest('GET', `/nl/practices/${slug}/history`)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.text).toMatch(/^Te veel verzoeken vanaf uw adres; probeer het over \d+ s opnieuw\./)
    // Other readers, and the practice's own page, go on.
    expect((await crawler.rest('GET', `/nl/practices/${slug}`)).status).toBe(200)
    expect((await ApiClient.anonymous(baseURL).rest('GET', `/nl/practices/${slug}/v/1`)).status).toBe(200)
  })

  it('has no WCAG violations on the history and version pages, in English and Dutch, wide and narrow', async () => {
    for (const width of [1280, 390]) {
      const page = await browser().newPage({ viewport: { width, height: 900 } })
      for (const locale of ['en', 'nl']) {
        for (const path of [`/${locale}/practices/${slug}/history?older=1&newer=2`, `/${locale}/practices/${slug}/v/1`]) {
          await page.goto(`${baseURL}${path}`)
          expect(await wcagViolations(page), `${path} at ${width} px`).toEqual([])
        }
      }
      await page.close()
    }
  })
})
