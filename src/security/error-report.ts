import type { AfterErrorHook } from 'payload'

/**
 * Error answers of the REST API. A refused value names each field and its reason (Payload's own answer says
 * only "The following field is invalid: password"). A failure on the server's side reaches the client as one sentence and the
 * request's id (set by scripts/serve.ts); what went wrong (a database message,
 * a stack) goes to the log under the same id only. PostgreSQL's "data
 * exceptions" (an id that is not a number, a value out of range) come from
 * the request, so they are answered 400.
 */
export const explainError: AfterErrorHook = ({ error, req, graphqlResult }) => {
  // GraphQL errors keep Payload's own answer, which already hides what a server failure says.
  if (graphqlResult) return
  const status = (error as { status?: number }).status ?? 500
  const fieldErrors = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data?.errors
  if (status === 400 && fieldErrors?.length) {
    const reasons = fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')
    return { response: { errors: [{ name: error.name, message: `${error.message}. ${reasons}`, data: { errors: fieldErrors } }] }, status }
  }
  if (status < 500) return
  const requestId = req.headers.get('x-request-id') ?? 'none'
  const code = postgresCodeOf(error)
  if (code?.startsWith('22')) {
    console.warn(`[${requestId}] ${req.method ?? ''} ${req.url ?? ''} refused: PostgreSQL data exception ${code}`)
    return { response: { errors: [{ message: 'A value in the request has the wrong form (for example an id that is not a number).', requestId }] }, status: 400 }
  }
  console.error(`[${requestId}] ${req.method ?? ''} ${req.url ?? ''} failed:`, error)
  return {
    response: { errors: [{ message: `Something went wrong on our side. If it happens again, report request id ${requestId}.`, requestId }] },
    status,
  }
}

/** The SQLSTATE of a database error, which the query builder wraps as its cause. */
function postgresCodeOf(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code
  }
  return undefined
}
