/**
 * Several instances on one database behave as one for limits and sessions (TRUSTED_PROXY_HOPS=0: the socket's
 * address counts, X-Forwarded-For is ignored), an https SERVER_URL makes cookies Secure, and a production start
 * without SERVER_URL or PAYLOAD_SECRET is refused in one line.
 */
import { spawnSync } from 'node:child_process'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ROOT } from '../../scripts/lib/environment'
import { demoPassword } from '../../seed/users'
import { rateLimits } from '@/security/rate-limits'
import { recordBenchmarkSave, replaySave } from '../support/benchmark-save'
import { ownDatabase, startAppInstance } from '../support/app-instance'
import { launchChromium } from '../support/browser'

let database: Awaited<ReturnType<typeof ownDatabase>>
const instances: Awaited<ReturnType<typeof startAppInstance>>[] = []
let a = ''
let b = ''
let browser: Browser

async function startInstance(serverUrl: (port: number) => string): Promise<string> {
  const instance = await startAppInstance(database.url, (port) => ({ SERVER_URL: serverUrl(port), TRUSTED_PROXY_HOPS: '0' }))
  instances.push(instance)
  return instance.base
}

beforeAll(async () => {
  database = await ownDatabase('instances')
  ;[a, b] = await Promise.all([startInstance((port) => `http://127.0.0.1:${port}`), startInstance(() => 'https://atlas.example.test')])
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(instances.map((instance) => instance.stop()))
  await database?.drop()
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

describe('deployment settings', () => {
  it.each([
    [{}, /needs SERVER_URL .* and PAYLOAD_SECRET/],
    [{ SERVER_URL: 'https://atlas.example.eu', PAYLOAD_SECRET: 'too-short' }, /needs PAYLOAD_SECRET \(at least 32/],
  ])('refuses a production start against DATABASE_URL without its settings (%o)', (settings, message) => {
    const env = { ...process.env, DATABASE_URL: database.url, ...settings }
    for (const name of ['SERVER_URL', 'PAYLOAD_SECRET'] as const) if (!(name in settings)) delete env[name]
    const result = spawnSync(`${ROOT}/node_modules/.bin/tsx`, ['scripts/start.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 })
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(message)
  })
})
