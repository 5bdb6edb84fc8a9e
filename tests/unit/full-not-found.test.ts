/** The server front's full not-found page (scripts/lib/full-not-found.ts) in place of the 404 Next started. */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, expect, it } from 'vitest'

import { handleWithFullNotFound } from '../../scripts/lib/full-not-found'

/** In place of Next's development server: it starts a 404 page, and resolves only once the response has finished. */
async function startedNotFound(_req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.writeHead(404)
  res.write('<p>Not found, without the site around it</p>')
  await new Promise<void>((resolve) => {
    res.once('finish', resolve)
    res.end()
  })
}

async function fullNotFound(_req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  res.setHeader('content-type', 'text/html; charset=utf-8')
  res.writeHead(404)
  res.end('<html><body><nav>Site menu</nav><p>Page not found</p></body></html>')
}

let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer((req, res) => void handleWithFullNotFound(req, res, startedNotFound, fullNotFound))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

it('sends the full not-found page even when Next waits for its own answer to finish (every 404 of `npm run dev` hung)', { timeout: 5_000 }, async () => {
  const response = await fetch(`${base}/nl/no-such-page`, { signal: AbortSignal.timeout(3_000) })
  expect(response.status).toBe(404)
  expect(await response.text()).toBe('<html><body><nav>Site menu</nav><p>Page not found</p></body></html>')
})
