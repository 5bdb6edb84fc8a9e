import type http from 'node:http'

/**
 * Lets Next's own compression (next.config `compress`, on by default; the `compression` middleware that
 * next/dist/server/lib/router-server.js puts on every response) reach the answers of route handlers, such as the
 * open-data exports and the REST API, as it reaches pages. Next 16.4.5 copies a route handler's headers onto the
 * response with its appendHeader (next/dist/server/send-response.js, base-http/node.js), which stores even
 * Content-Type as a one-element list; the middleware reads that as no type, judges the answer not compressible and
 * sends it as it is, without Vary (vercel/next.js#98007; fix proposed in #98044). Stored here as the text it is, the
 * type is judged as a page's is: gzip when the client accepts it, Vary: Accept-Encoding, each chunk flushed as the
 * route writes it. A range request is left alone: its Content-Range counts the stored bytes, not gzip's.
 */
export function compressRouteHandlerAnswers(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.headers.range !== undefined) return
  const setHeader = res.setHeader
  res.setHeader = function (name, value) {
    const single = Array.isArray(value) && value.length === 1 && name.toLowerCase() === 'content-type'
    return setHeader.call(this, name, single ? value[0] : value)
  }
}
