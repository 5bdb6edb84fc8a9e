import config from '@payload-config'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { credentialsOf, LOGIN_FAILED, mayTryLogin, recordLoginFailure } from '@/security/login'

const payloadRest = REST_POST(config)
const failed = () => Response.json({ errors: [{ message: LOGIN_FAILED }] }, { status: 401, headers: { 'cache-control': 'no-store' } })

/** POST /api/users/login: Payload's login behind src/security/login.ts. */
export const POST = async (request: Request) => {
  const credentials = await credentialsOf(request)
  if (!credentials) {
    return Response.json({ errors: [{ message: 'Send your e-mail address and password as JSON: {"email": "...", "password": "..."}.' }] }, { status: 400 })
  }
  const payload = await getPayload({ config })
  if (!(await mayTryLogin(payload, credentials))) return failed()
  const forwarded = new Request(request.url, {
    method: 'POST',
    headers: { ...Object.fromEntries(request.headers), 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  const response = await payloadRest(forwarded, { params: Promise.resolve({ slug: ['users', 'login'] }) })
  if (response.status !== 401) return response
  await recordLoginFailure(payload, credentials.email)
  return failed()
}
