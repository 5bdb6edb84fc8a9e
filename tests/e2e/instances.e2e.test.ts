/**
 * Several instances on one database behave as one: both started together with `npm start` on a fresh database
 * (migrations and the demo seed run once, under the start-up lock), a publish through one shows on the other at the
 * next request, a session made on one works (and ends) on the other, media uploaded through one are served by the
 * other, and limits and sessions are shared (TRUSTED_PROXY_HOPS=0: the socket's address counts, X-Forwarded-For is
 * ignored). Also: an https SERVER_URL makes cookies Secure, and a production start with missing or broken settings
 * is refused in one line.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROOT } from '../../scripts/lib/environment'
import { demoPassword, demoUsers } from '../../seed/users'
import { migrations } from '@/migrations'
import { rateLimits } from '@/security/rate-limits'
import { recordBenchmarkSave, replaySave } from '../support/benchmark-save'
import { dropDatabase, startLikeAnOperator, withDatabase } from '../support/app-instance'
import { launchChromium } from '../support/browser'

const databaseUrl = withDatabase(process.env.E2E_DATABASE_URL!, (name) => `${name}_instances`)
const instances: Awaited<ReturnType<typeof startLikeAnOperator>>[] = []
let a = ''
let b = ''
let browser: Browser
/** The directory both instances keep media in: a volume they share. */
let mediaDir = ''

async function startInstance(serverUrl: (port: number) => string): Promise<string> {
  const instance = await startLikeAnOperator(databaseUrl, (port) => ({
    SERVER_URL: serverUrl(port),
    PAYLOAD_SECRET: 'a secret shared by every instance, 32+ characters',
    SEED_DEMO: 'true',
    TRUSTED_PROXY_HOPS: '0',
    MEDIA_DIR: mediaDir,
  }))
  instances.push(instance)
  return instance.base
}

const query = async <Row>(text: string): Promise<Row[]> => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(text)).rows as Row[]
  } finally {
    await client.end()
  }
}

/** The home page's count of practices: its headline figure and the line above its list. */
const homeFigures = (html: string) => [html.match(/<dt>Published practices<\/dt><dd>(\d+)<\/dd>/)?.[1], html.match(/<p>(\d+) published practices?<\/p>/)?.[1]]

beforeAll(async () => {
  await dropDatabase(databaseUrl)
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-instances-media-'))
  ;[a, b] = await Promise.all([startInstance((port) => `http://127.0.0.1:${port}`), startInstance(() => 'https://atlas.example.test')])
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(instances.map((instance) => instance.stop()))
  await dropDatabase(databaseUrl)
  await rm(mediaDir, { recursive: true, force: true })
})

/** Logins sent from this test's address (127.0.0.1) so far, to either instance: they share one throttle. */
let loginsSent = 0
const login = (base: string, email: string, password: string, forwardedFor = '203.0.113.9') => {
  loginsSent++
  return fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password }),
  })
}

describe('two instances on one database', () => {
  it('sets session cookies Secure and HSTS when SERVER_URL is https, and neither on plain http', async () => {
    const cookieOf = async (base: string) => {
      const response = await login(base, 'admin@example.org', demoPassword())
      return response.headers.getSetCookie().find((c) => c.startsWith('payload-token=')) ?? `no cookie (${response.status})`
    }
    expect(await cookieOf(b)).toMatch(/; Secure/i)
    expect(await cookieOf(a)).not.toMatch(/; Secure/i)
    expect((await fetch(`${b}/en`)).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect((await fetch(`${a}/en`)).headers.get('strict-transport-security')).toBeNull()
  })

  it('started together on a fresh database, applied each migration and seeded the demo once', async () => {
    const applied = await query<{ name: string; times: number }>('select name, count(*)::int as times from payload_migrations where batch > 0 group by name')
    expect(applied.map((m) => m.name).sort()).toEqual(migrations.map((m) => m.name).sort())
    expect(applied.every((m) => m.times === 1)).toBe(true)
    expect(await query<{ email: string }>('select email from users order by email')).toEqual(demoUsers.map(({ email }) => ({ email })).sort((x, y) => x.email.localeCompare(y.email)))
  })

  it('show a publish through one instance on the other at the next request: catalogue, practice page, home figures, export', async () => {
    const reviewer = ((await (await login(a, 'reviewer@example.org', demoPassword())).json()) as { token: string }).token
    const [{ id }] = await query<{ id: number }>("select id from practices where slug = 'clbchat'")
    const step = async (transition: string) => {
      const response = await fetch(`${a}/api/practices/${id}/transition`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${reviewer}` },
        body: JSON.stringify({ transition }),
      })
      expect(response.status, await response.text()).toBe(200)
    }
    /** What instance b shows of clbchat, each read right after the other instance's write (b's caches are warm). */
    const shownOnB = async () => ({
      catalogue: (await (await fetch(`${b}/en/practices?country=BE`)).text()).includes('href="/en/practices/clbchat"'),
      page: (await fetch(`${b}/en/practices/clbchat`)).status,
      home: homeFigures(await (await fetch(`${b}/en`)).text()),
      export: (await (await fetch(`${b}/api/open-data/practices.csv`)).text()).includes('clbchat'),
    })
    const before = await shownOnB()
    const [figure, listed] = before.home.map(Number)
    expect(before).toEqual({ catalogue: true, page: 200, home: [String(figure), String(listed)], export: true })
    await step('archive')
    expect(await shownOnB()).toEqual({ catalogue: false, page: 404, home: [String(figure - 1), String(listed - 1)], export: false })
    await step('publish')
    expect(await shownOnB()).toEqual(before)
  })

  it('accept a session made on one instance on the other, and end it on both when signed out on one', async () => {
    const signIn = await login(a, 'coordinator.be@example.org', demoPassword())
    // The browser's cookie, sent as a browser sends it to the site that set it (Payload takes cookies only from the site).
    const headers = { cookie: signIn.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!.split(';')[0]!, 'sec-fetch-site': 'same-origin' }
    const me = async (base: string) => ((await (await fetch(`${base}/api/users/me`, { headers })).json()) as { user: { email: string } | null }).user?.email
    expect([await me(a), await me(b)]).toEqual(['coordinator.be@example.org', 'coordinator.be@example.org'])
    expect((await fetch(`${b}/api/users/logout`, { method: 'POST', headers })).status).toBe(200)
    expect([await me(a), await me(b)]).toEqual([undefined, undefined])
  })

  it('serve media uploaded through one instance from the other, and remove the file when deleted there', async () => {
    const admin = ((await (await login(a, 'admin@example.org', demoPassword())).json()) as { token: string }).token
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'dot.png')
    form.append('_payload', JSON.stringify({ alt: 'A dot' }))
    const created = await fetch(`${a}/api/media`, { method: 'POST', headers: { authorization: `JWT ${admin}` }, body: form })
    expect(created.status, await created.clone().text()).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string } }
    const served = await fetch(`${b}/api/media/file/${doc.filename}`)
    expect([served.status, served.headers.get('content-type')]).toEqual([200, 'image/png'])
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true)
    expect(await readdir(mediaDir)).toEqual([doc.filename])
    expect((await fetch(`${b}/api/media/${doc.id}`, { method: 'DELETE', headers: { authorization: `JWT ${admin}` } })).status).toBe(200)
    expect((await fetch(`${a}/api/media/file/${doc.filename}`)).status).toBe(404)
    expect(await readdir(mediaDir)).toEqual([])
    // A file no media document names is not served (a name that is no file name was a 500); Payload itself refuses a path.
    await writeFile(path.join(mediaDir, 'stray.png'), png)
    const status = async (name: string) => [name, (await fetch(`${a}/api/media/file/${name}`)).status]
    expect(await Promise.all(['stray.png', '.stray', '..%2Fstray.png'].map(status))).toEqual([['stray.png', 404], ['.stray', 404], ['..%2Fstray.png', 403]])
    await rm(path.join(mediaDir, 'stray.png'))
  })

  it('share the limit on anonymous saves, whatever X-Forwarded-For claims', async () => {
    const save = await recordBenchmarkSave(browser, a, '203.0.113.1')
    const results: string[] = []
    for (let i = 1; i < rateLimits.anonymousBenchmarkSaves.limit; i++) results.push(await replaySave(i % 2 ? b : a, save, `203.0.113.${i + 1}`))
    expect(results.every((r) => r === 'saved'), results.join(', ')).toBe(true)
    expect(await replaySave(a, save, '203.0.113.200')).toBe('rate-limited')
    expect(await replaySave(b, save, '203.0.113.201, 198.51.100.7')).toBe('rate-limited')
  })

  it('share the login throttle', async () => {
    const statuses: number[] = []
    for (let i = 0; loginsSent < rateLimits.login.limit; i++) statuses.push((await login(i % 2 ? b : a, 'reviewer@example.org', `wrong ${i}`, `203.0.113.${i}`)).status)
    expect(statuses.every((s) => s === 401)).toBe(true)
    expect((await login(a, 'reviewer@example.org', demoPassword(), '203.0.113.250')).status).toBe(429)
    expect((await login(b, 'reviewer@example.org', demoPassword(), '203.0.113.251')).status).toBe(429)
  })
})

const deployed = { SERVER_URL: 'https://atlas.example.eu', PAYLOAD_SECRET: 'a secret shared by every instance, 32+ characters' }

describe('deployment settings', () => {
  it.each([
    [{}, /needs SERVER_URL .* and PAYLOAD_SECRET/],
    [{ SERVER_URL: 'https://atlas.example.eu', PAYLOAD_SECRET: 'too-short' }, /needs PAYLOAD_SECRET \(at least 32/],
    [{ ...deployed, S3_ENDPOINT: 'https://s3.example.eu' }, /S3_ENDPOINT is set but S3_BUCKET is not/],
    [{ ...deployed, S3_BUCKET: 'atlas-media', S3_REGION: 'eu-central-1', S3_ACCESS_KEY_ID: 'key' }, /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/],
    [{ ...deployed, DATABASE_REPLICA_URLS: 'postgres://replica-1/atlas, mysql://replica-2/atlas' }, /DATABASE_REPLICA_URLS: entry 2 is not a postgres/],
  ])('refuses a production start against DATABASE_URL without its settings, or with broken ones (%o)', (settings, message) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, ...settings }
    for (const name of ['SERVER_URL', 'PAYLOAD_SECRET'] as const) if (!(name in settings)) delete env[name]
    const result = spawnSync(`${ROOT}/node_modules/.bin/tsx`, ['scripts/start.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(message)
  })
})
