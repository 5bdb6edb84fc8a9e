/** The server front's home page cache (scripts/lib/home-page-cache.ts) between a client and a page handler. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { HomePageCache } from '../../scripts/lib/home-page-cache'

/**
 * The page handler behind the cache, in place of Next: a home page whose canonical link is made from the host the
 * request names, as Next's metadata makes it without SERVER_URL (src/i18n/alternates.ts). Counts its renderings.
 */
let renderings = 0
async function homePage(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  renderings++
  const host = req.headers['x-forwarded-host'] ?? req.headers.host
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.writeHead(200)
  res.end(`<!DOCTYPE html><html><head><link rel="canonical" href="http://${String(host)}/en"></head><body>Home</body></html>`)
}

const savedServerUrl = process.env.SERVER_URL
let server: http.Server
let port: number

beforeAll(async () => {
  delete process.env.SERVER_URL
  const cache = new HomePageCache(async () => 'generation 1')
  server = http.createServer((req, res) => void cache.serve(req, res, homePage))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  if (savedServerUrl !== undefined) process.env.SERVER_URL = savedServerUrl
  await new Promise((resolve) => server.close(resolve))
})

/** The home page as a client asking with these headers receives it. */
const homeWith = (headers: Record<string, string>) =>
  new Promise<string>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/en', headers }, (response) => {
        let body = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (body += chunk))
        response.on('end', () => resolve(body))
      })
      .on('error', reject)
  })

describe('the home page cache without SERVER_URL', () => {
  it('answers a page rendered for one host to that host only: a request naming another host sets no one else’s links', async () => {
    expect(await homeWith({ host: 'evil.example', 'x-forwarded-host': 'evil.example' })).toContain('href="http://evil.example/en"')
    expect(await homeWith({ host: `127.0.0.1:${port}` })).toContain(`href="http://127.0.0.1:${port}/en"`)
    // The same host again is answered from the cache.
    const before = renderings
    expect(await homeWith({ host: `127.0.0.1:${port}` })).toContain(`href="http://127.0.0.1:${port}/en"`)
    expect(renderings).toBe(before)
  })
})
