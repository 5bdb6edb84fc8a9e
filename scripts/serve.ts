/**
 * The app's HTTP server: Next (production build, or the development server with
 * --dev) behind a thin front that every request passes first. It gives each
 * request an id, works out the client's address (TRUSTED_PROXY_HOPS), refuses
 * malformed addresses and oversized bodies (request-guard.ts) and counts the
 * rate limits that have a door (rate-limits.ts) in PostgreSQL, so that all
 * instances share them. The home pages are answered from their last rendering
 * until the next write (home-page-cache.ts). Started by `npm start`; reads PORT and DATABASE_URL.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'

import next from 'next'
import pg from 'pg'

import { CLIENT_ADDRESS_HEADER, clientAddressOf, trustedProxyHops } from '@/security/client-address'
import { rateLimitedProblem, writeProblem } from '@/security/problem-response'
import { RateLimitStore } from '@/security/rate-limit-store'
import { doorLimitOf, rateLimits } from '@/security/rate-limits'
import { refusalOf } from '@/security/request-guard'
import { requestPath } from '@/security/request-path'
import { PAGE_ADDRESS_HEADER, pageAddressOf } from '@/i18n/page-address'
import { PAGE_LOCALE_HEADER, localeOfPath } from '@/i18n/page-locale'
import { currentGeneration } from '@/data/catalogue-generation'
import { verificationMaxAgeMonths } from '@/rounds/verification-age'
import { ROOT } from './lib/environment'
import { handleWithFullNotFound } from './lib/full-not-found'
import { HomePageCache } from './lib/home-page-cache'
import { compressRouteHandlerAnswers } from './lib/route-handler-compression'

const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT ?? 3000)
const hops = trustedProxyHops()
// Read by the public pages; checked here so that a wrong value stops the server at its start, not on a page.
verificationMaxAgeMonths()
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 })
const limits = new RateLimitStore(pool)
const homePages = new HomePageCache(() => currentGeneration(pool))

const app = next({ dev, dir: ROOT, hostname: 'localhost', port })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  const requestId = randomUUID()
  res.setHeader('x-request-id', requestId)
  void front(req, res, requestId).catch((error: unknown) => {
    console.error(`[${requestId}] request failed before the app:`, error)
    if (!res.headersSent) writeProblem(res, req.url ?? '/', { status: 503, message: 'The service is busy; try again in a moment.' }, requestId)
  })
})

async function front(req: http.IncomingMessage, res: http.ServerResponse, requestId: string): Promise<void> {
  const method = req.method ?? 'GET'
  const rawUrl = req.url ?? '/'
  const path = requestPath(rawUrl)
  const client = clientAddressOf(req.socket.remoteAddress, req.headers['x-forwarded-for'], hops)
  req.headers[CLIENT_ADDRESS_HEADER] = client
  req.headers['x-request-id'] = requestId
  const locale = localeOfPath(path)
  if (locale) req.headers[PAGE_LOCALE_HEADER] = locale
  else delete req.headers[PAGE_LOCALE_HEADER]
  req.headers[PAGE_ADDRESS_HEADER] = pageAddressOf(rawUrl)

  const refusal = refusalOf(method, rawUrl, req.headers)
  if (refusal) {
    writeProblem(res, path, refusal, requestId)
    return discardBody(req)
  }

  const limitName = doorLimitOf(method, path)
  if (limitName) {
    const verdict = await limits.hit(`${limitName}:${client}`, rateLimits[limitName])
    if (!verdict.allowed) return writeProblem(res, path, rateLimitedProblem(locale, verdict.retryAfter), requestId)
  }
  const nextHandle = (req: http.IncomingMessage, res: http.ServerResponse) => handleWithFullNotFound(req, res, handle, (req, res) => app.render404(req, res))
  if (!dev && (await homePages.serve(req, res, nextHandle))) return
  compressRouteHandlerAnswers(req, res)
  await nextHandle(req, res)
}

/** Reads and drops a refused request's body, so that the client can finish sending and read the answer; a flood is cut off. */
function discardBody(req: http.IncomingMessage): void {
  let bytes = 0
  req.on('data', (chunk: Buffer) => {
    bytes += chunk.length
    if (bytes > MAX_DISCARDED_BYTES) req.socket.destroy()
  })
}
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024

server.listen(port, () => console.log(`Serving on port ${port}${dev ? ' (development)' : ''}.`))

async function stop(): Promise<void> {
  server.close()
  server.closeAllConnections()
  await Promise.allSettled([app.close(), pool.end()])
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
