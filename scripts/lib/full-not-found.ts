import type http from 'node:http'

import { handleIntercepted } from './intercepted-answer'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>

/** Headers of the answer Next started that do not belong to the not-found page sent instead. */
const startedAnswerHeaders = ['content-length', 'content-type', 'content-encoding', 'etag', 'link', 'vary', 'cache-control', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'x-nextjs-postponed']

/**
 * Serves a page request through `handle`, except that a 404 page is sent as Next renders it for an address no
 * route matches (app/global-not-found.tsx, through `render404`): whole on the server, with its language, text and
 * menu. For a page that calls notFound(), Next itself sends only an empty shell (`<html id="__next_error__">`)
 * that the browser completes after loading the scripts (vercel/next.js#62228): blank to search engines, to
 * readers without JavaScript and, for seconds, on slow phones. The answer is recognised when Next writes its
 * head (status 404, HTML), before anything has left; requests for Next's own RSC data pass untouched.
 */
export async function handleWithFullNotFound(req: http.IncomingMessage, res: http.ServerResponse, handle: Handler, render404: Handler): Promise<void> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.rsc !== undefined) return handle(req, res)
  let replacing = false
  await handleIntercepted(req, res, handle, (original) => ({
    writeHead: (status, ...rest) => {
      if (status === 404 && String(res.getHeader('content-type') ?? '').startsWith('text/html')) {
        replacing = true
        return res
      }
      return original.writeHead(status, ...rest)
    },
    write: (...args) => (replacing ? true : original.write(...args)),
    end: (...args) => (replacing ? res : original.end(...args)),
  }))
  if (!replacing || res.writableEnded || res.destroyed) return
  for (const name of startedAnswerHeaders) res.removeHeader(name)
  await render404(req, res)
}
