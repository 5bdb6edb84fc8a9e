import { randomUUID } from 'node:crypto'
import type http from 'node:http'
import { gzipSync } from 'node:zlib'

import { GenerationCache } from '@/data/generation-cache'
import { localeOfPath } from '@/i18n/page-locale'
import { handleIntercepted } from './intercepted-answer'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>

/** The database's catalogue generation now (see src/data/catalogue-generation.ts): every write to practices or country names moves it. */
export type GenerationSource = () => Promise<string>

interface RenderedPage {
  status: number
  /** false when the client went away before Next finished the page */
  complete: boolean
  headers: [string, string | string[]][]
  html: string
  /** the Content-Security-Policy nonce the page was rendered with, replaced by a fresh one in every answer */
  nonce: string
}

/** Headers that belong to one answer, not to the page. */
const perAnswer = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'etag', 'x-request-id'])

/**
 * The home page (`/en`, `/nl`, ...) as Next rendered it, kept per language until the catalogue generation moves:
 * everything it shows (figures, charts, map, the list of practices) comes from practices and country names, the
 * same for every visitor (it reads no cookie or session). Rendering it took about 5 times as long as reading its
 * data from the cache; an answer from here is a string replacement and a gzip. Each answer gets its own
 * Content-Security-Policy nonce. Only plain document requests are served from here: with a query (the map's
 * choice) or from Next's client router (RSC headers), the page is rendered as usual.
 */
export class HomePageCache {
  private readonly pages = new GenerationCache<RenderedPage>(8)

  constructor(private readonly generation: GenerationSource) {}

  /** Answers `req` if it asks for a home page; false when it is not one, to be handled as usual. */
  async serve(req: http.IncomingMessage, res: http.ServerResponse, handle: Handler): Promise<boolean> {
    const url = req.url ?? '/'
    const locale = localeOfPath(url)
    if (req.method !== 'GET' || !locale || url !== `/${locale}` || Object.keys(req.headers).some((h) => h === 'rsc' || h.startsWith('next-'))) return false
    const generation = await this.generation()
    const key = pageKey(req, locale)
    let page = this.pages.get(generation, key)
    if (!page) {
      page = await render(req, res, handle)
      // Kept under the generation read before rendering: a write meanwhile moves it, and the next request renders again.
      if (page.status === 200 && page.complete && !page.headers.some(([name]) => name === 'set-cookie')) this.pages.set(generation, key, page)
    }
    send(req, res, page)
    return true
  }
}

/**
 * What a home page's HTML depends on: its language and, without SERVER_URL, the host the request names (its
 * absolute links, such as the canonical address, are made from it: src/i18n/alternates.ts). A page rendered for
 * one host is then never answered to another: a request naming another host could otherwise set every visitor's links.
 */
function pageKey(req: http.IncomingMessage, locale: string): string {
  if (process.env.SERVER_URL) return locale
  const { host, 'x-forwarded-host': forwardedHost, 'x-forwarded-proto': forwardedProto } = req.headers
  return JSON.stringify([locale, host, forwardedHost, forwardedProto])
}

/** Lets Next render the page into memory, uncompressed, instead of onto the wire. */
async function render(req: http.IncomingMessage, res: http.ServerResponse, handle: Handler): Promise<RenderedPage> {
  const acceptEncoding = req.headers['accept-encoding']
  delete req.headers['accept-encoding']
  const chunks: Buffer[] = []
  let status = 200
  let complete = false
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'))
    }
  }
  try {
    await handleIntercepted(req, res, handle, () => ({
      writeHead: (code, ...rest) => {
        status = code
        const headers = rest.find((r) => typeof r === 'object' && r !== null) as http.OutgoingHttpHeaders | undefined
        for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) res.setHeader(name, value)
        return res
      },
      write: (chunk, encoding) => {
        collect(chunk, encoding)
        return true
      },
      end: (chunk, encoding) => {
        collect(chunk, encoding)
        complete = true
        return res
      },
    }))
  } finally {
    if (acceptEncoding !== undefined) req.headers['accept-encoding'] = acceptEncoding
  }
  if (res.statusCode !== 200) status = res.statusCode
  const headers = Object.entries(res.getHeaders())
    .filter(([name]) => !perAnswer.has(name))
    .map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)])
  // the page's headers are set again, with a fresh nonce, when it is sent; the request's id stays
  for (const name of res.getHeaderNames()) if (name !== 'x-request-id') res.removeHeader(name)
  const policy = String(headers.find(([name]) => name === 'content-security-policy')?.[1] ?? '')
  return { status, complete, headers, html: Buffer.concat(chunks).toString('utf8'), nonce: /'nonce-([^']+)'/.exec(policy)?.[1] ?? '' }
}

function send(req: http.IncomingMessage, res: http.ServerResponse, page: RenderedPage): void {
  const nonce = Buffer.from(randomUUID()).toString('base64')
  const fresh = (text: string) => (page.nonce ? text.split(page.nonce).join(nonce) : text)
  for (const [name, value] of page.headers) res.setHeader(name, Array.isArray(value) ? value.map(fresh) : fresh(value))
  let body = Buffer.from(fresh(page.html))
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body)
    res.setHeader('content-encoding', 'gzip')
  }
  const vary = String(res.getHeader('vary') ?? '')
  if (!/accept-encoding/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  res.setHeader('content-length', body.length)
  res.writeHead(page.status)
  res.end(body)
}
