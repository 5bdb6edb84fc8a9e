import { type NextRequest, NextResponse } from 'next/server'

import { jsonProblemOf, textProblemOf } from '@/security/body-guard'
import { contentSecurityPolicy } from '@/security/content-security-policy'
import { servedOverHttps } from '@/security/deployment'

/**
 * Runs before every route: refuses request bodies that hold what no route can
 * store (body-guard.ts), and gives each page its Content-Security-Policy with
 * a fresh nonce. Addresses and body sizes were checked by scripts/serve.ts.
 */
export async function proxy(request: NextRequest) {
  const problem = await bodyProblemOf(request)
  if (problem) return refuse(request, `The request body ${problem}.`)
  if (request.nextUrl.pathname.startsWith('/api/')) return withTransportSecurity(NextResponse.next())

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https: servedOverHttps() })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('content-security-policy', policy)
  return withTransportSecurity(response)
}

/** HSTS only where the site is served over https (SERVER_URL): on a plain-http demo it would say something false. */
function withTransportSecurity(response: NextResponse): NextResponse {
  if (servedOverHttps()) response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains')
  return response
}

/** File uploads (imports, media) are checked by their own readers: a file's bytes are not text. */
const fileUploads = /^\/api\/(practices\/import|media)\/?$/

async function bodyProblemOf(request: NextRequest): Promise<string | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD' || fileUploads.test(request.nextUrl.pathname)) return undefined
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('json')) return jsonProblemOf(await request.text())
  if (type.startsWith('multipart/form-data') || type.startsWith('application/x-www-form-urlencoded')) {
    let form: FormData
    try {
      form = await request.formData()
    } catch {
      return 'is not a valid form'
    }
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') continue
      // Payload's admin sends the document as JSON in the form field `_payload`.
      const problem = name === '_payload' ? jsonProblemOf(value) : textProblemOf(value)
      if (problem) return `field "${name}" ${problem}`
    }
  }
  return undefined
}

function refuse(request: NextRequest, message: string) {
  const requestId = request.headers.get('x-request-id') ?? undefined
  return request.nextUrl.pathname.startsWith('/api/')
    ? NextResponse.json({ errors: [{ message, requestId }] }, { status: 400 })
    : new NextResponse(`${message}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico).*)', missing: [{ type: 'header', key: 'next-router-prefetch' }] }],
}
