/**
 * A response written while it is read: text chunks (an export's batches) encoded as UTF-8, gzip-compressed
 * when the client accepts it. Each chunk is flushed through the compressor, so the first bytes (an export's
 * header) leave at once and memory holds one chunk, not the file.
 */
import { once } from 'node:events'
import { randomUUID } from 'node:crypto'
import zlib from 'node:zlib'

/** Whether an Accept-Encoding header allows gzip (listed, or `*`, with a weight above zero). */
export function acceptsGzip(acceptEncoding: string | null): boolean {
  if (!acceptEncoding) return false
  const weights = new Map(
    acceptEncoding.split(',').map((part) => {
      const [coding, ...params] = part.trim().toLowerCase().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return [coding.trim(), q === undefined ? 1 : Number(q.slice(2))] as const
    }),
  )
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0
  return Number.isFinite(weight) && weight > 0
}

/** The chunks compressed as one gzip stream, each chunk flushed (Z_SYNC_FLUSH) as soon as it is written. */
export async function* gzipChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const gzip = zlib.createGzip()
  const out: Buffer[] = []
  gzip.on('data', (data: Buffer) => out.push(data))
  const flushed = () => new Promise<void>((resolve) => gzip.flush(zlib.constants.Z_SYNC_FLUSH, () => setImmediate(resolve)))
  try {
    for await (const chunk of chunks) {
      gzip.write(chunk)
      await flushed()
      if (out.length > 0) yield Buffer.concat(out.splice(0))
    }
    const ended = once(gzip, 'end')
    gzip.end()
    await ended
    if (out.length > 0) yield Buffer.concat(out.splice(0))
  } finally {
    gzip.destroy()
  }
}

async function* utf8(chunks: AsyncIterable<string>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder()
  for await (const chunk of chunks) yield encoder.encode(chunk)
}

/**
 * A 200 response streaming `chunks`. A failure after the first byte cannot become an error status: it is logged
 * under an id and the connection is cut, so the client sees an incomplete download, never a truncated file that
 * looks whole.
 */
export function streamedResponse(request: Request, chunks: AsyncIterable<string>, headers: Record<string, string>): Response {
  const gzip = acceptsGzip(request.headers.get('accept-encoding'))
  const bytes = gzip ? gzipChunks(utf8(chunks)) : utf8(chunks)
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await bytes.next()
        if (done) controller.close()
        else controller.enqueue(value)
      } catch (error) {
        console.error(`Streamed response of ${new URL(request.url).pathname} failed (error id ${randomUUID()})`, error)
        controller.error(new Error('The download failed on the server.'))
      }
    },
    async cancel() {
      await bytes.return(undefined)
    },
  })
  return new Response(body, { headers: { ...headers, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) } })
}
