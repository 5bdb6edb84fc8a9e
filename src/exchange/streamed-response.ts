/**
 * A response written while it is read: text chunks (an export's batches) encoded as UTF-8, so the first bytes (an
 * export's header) leave at once and memory holds one chunk, not the file. Compressed, when the client accepts gzip,
 * by Next's compression, which flushes each chunk (scripts/lib/route-handler-compression.ts): not here, since Next
 * drops the Content-Encoding a route handler sets (next/dist/server/send-response.js).
 */
import { randomUUID } from 'node:crypto'

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
  const bytes = utf8(chunks)
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
  return new Response(body, { headers })
}
