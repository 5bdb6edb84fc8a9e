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
 * originals, and waits until Next has ended its answer or the connection has closed, whether or not `handle` has
 * resolved by then: Next may resolve it before it has piped the whole page, or only once the response has finished
 * (the development server waits for 'finish'), which a replaced `end` that holds the answer back puts off until the
 * caller sends its own. The original methods are back afterwards, which also drops the wrappers Next's
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
  const handled = handle(req, res)
  // A failure after the answer has ended is Next's to log; one before it is the caller's.
  handled.catch(() => {})
  try {
    await Promise.race([finished, handled.then(() => finished)])
  } finally {
    Object.assign(res, { writeHead, write, end, on })
  }
}
