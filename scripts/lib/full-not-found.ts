import type http from 'node:http'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>

/** Headers of the page Next started that do not belong to the not-found page sent instead. */
const pageOnlyHeaders = ['content-length', 'content-type', 'etag', 'link', 'vary', 'cache-control', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time', 'x-nextjs-postponed']

const textOf = (chunk: unknown) =>
  typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1') : ''

/**
 * Serves a page request through `handle`, except that a 404 page is sent as Next renders it for an address no
 * route matches (app/global-not-found.tsx, through `render404`): whole on the server, with its language, text and
 * menu. For a page that calls notFound(), Next itself sends only an empty shell (`<html id="__next_error__">`)
 * that the browser completes after loading the scripts (vercel/next.js#62228), which search engines, readers
 * without JavaScript and slow phones see blank. Requests for Next's own RSC data are passed through untouched.
 */
export async function handleWithFullNotFound(req: http.IncomingMessage, res: http.ServerResponse, handle: Handler, render404: Handler): Promise<void> {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || req.headers.rsc !== undefined) return handle(req, res)
  const { write, end, flushHeaders } = res
  const mayBeShell = () => res.statusCode === 404 && String(res.getHeader('content-type') ?? '').startsWith('text/html')
  // Decided on Next's first chunk, before anything has left: its 404 shell is then dropped unsent.
  let replacing: boolean | undefined
  const decide = (chunk: unknown) => (replacing ??= mayBeShell() && textOf(chunk).includes('<html id="__next_error__"'))
  let flushWanted = false
  res.flushHeaders = () => {
    if (replacing === false || !mayBeShell()) flushHeaders.call(res)
    else flushWanted = true
  }
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (decide(chunk)) return true
    if (flushWanted) (flushWanted = false), flushHeaders.call(res)
    return (write as (...a: unknown[]) => boolean).call(res, chunk, ...rest)
  }) as typeof write
  // Next may resolve `handle` before it has piped the whole page: the answer is known once it ends the response.
  const finished = new Promise<void>((resolve) => {
    res.end = ((...args: Parameters<typeof end>) => {
      resolve()
      return decide(typeof args[0] === 'function' ? '' : args[0]) ? res : end.apply(res, args)
    }) as typeof end
    res.once('close', () => resolve())
  })
  try {
    await handle(req, res)
    await finished
  } finally {
    Object.assign(res, { write, end, flushHeaders })
  }
  if (!replacing || res.writableEnded || res.destroyed) return
  for (const name of pageOnlyHeaders) res.removeHeader(name)
  await render404(req, res)
}
