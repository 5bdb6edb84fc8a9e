import type http from 'node:http'

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>
type WriteHead = (status: number, ...rest: unknown[]) => http.ServerResponse
type Write = (...args: unknown[]) => boolean
type End = (...args: unknown[]) => http.ServerResponse

/** The response methods Next writes its answer with; each replacement is given the original to pass on to. */
export interface AnswerMethods {
  writeHead: WriteHead
  write: Write
  end: End
}

/**
 * Runs Next's `handle` with the response's writeHead, write and end replaced by what `replace` makes of the
 * originals, and waits until Next has ended its answer (it may resolve `handle` before it has piped the whole page)
 * or the connection has closed. The original methods are back afterwards, which also drops the wrappers Next's
 * compression put over them (its `on` hands 'drain' listeners to its gzip stream).
 */
export async function handleIntercepted(req: http.IncomingMessage, res: http.ServerResponse, handle: Handler, replace: (original: AnswerMethods) => AnswerMethods): Promise<void> {
  const { writeHead, write, end, on } = res
  const bound: AnswerMethods = {
    writeHead: (...args) => (writeHead as (...a: unknown[]) => http.ServerResponse).apply(res, args),
    write: (...args) => (write as (...a: unknown[]) => boolean).apply(res, args),
    end: (...args) => (end as (...a: unknown[]) => http.ServerResponse).apply(res, args),
  }
  const replaced = replace(bound)
  const finished = new Promise<void>((resolve) => {
    res.writeHead = replaced.writeHead as typeof writeHead
    res.write = replaced.write as typeof write
    res.end = ((...args: unknown[]) => {
      resolve()
      return replaced.end(...args)
    }) as typeof end
    res.once('close', () => resolve())
  })
  try {
    await handle(req, res)
    await finished
  } finally {
    Object.assign(res, { writeHead, write, end, on })
  }
}
