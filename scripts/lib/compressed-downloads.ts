/**
 * gzip for the open-data downloads, applied by the HTTP front. Next drops the Content-Encoding a route handler
 * sets (next/dist/server/send-response.js, FORBIDDEN_HEADERS) and does not compress route handlers' answers, so
 * a compressed export can only be made here. The `compression` middleware follows Accept-Encoding and sets Vary;
 * Z_SYNC_FLUSH sends each batch an export writes at once, so the header row leaves without waiting for the file.
 */
import type http from 'node:http'
import zlib from 'node:zlib'

import compression from 'compression'

const DOWNLOADS = /^\/api\/open-data\/practices\.(csv|json)$/
const middleware = compression({ flush: zlib.constants.Z_SYNC_FLUSH })

/** Wraps `res` in a gzip stream when `path` is an open-data download and the client accepts gzip. */
export function compressDownload(req: http.IncomingMessage, res: http.ServerResponse, path: string): void {
  if (DOWNLOADS.test(path)) middleware(req as Parameters<typeof middleware>[0], res as Parameters<typeof middleware>[1], () => {})
}
