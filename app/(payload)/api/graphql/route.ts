import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlRequestProblem, withoutSuggestions } from '@/security/graphql-request'

const payloadGraphql = GRAPHQL_POST(config)

/** Payload's GraphQL endpoint behind the request limits of src/security/graphql-request.ts. */
export const POST = async (request: Request) => {
  const body = await request.text()
  const problem = graphqlRequestProblem(body)
  if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
  const response = await payloadGraphql(new Request(request.url, { method: 'POST', headers: request.headers, body }))
  const text = await response.text()
  if (!text.includes('Did you mean')) return new Response(text, response)
  const result = JSON.parse(text) as { errors?: { message: string }[] }
  result.errors = result.errors?.map((error) => ({ ...error, message: withoutSuggestions(error.message) }))
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(result, { status: response.status, headers })
}
export const OPTIONS = REST_OPTIONS(config)
