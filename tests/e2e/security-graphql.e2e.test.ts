/** The GraphQL door under hostile requests: cost limits, page caps, no field suggestions, a per-client budget. */
import { describe, expect, inject, it } from 'vitest'

import { rateLimits } from '@/security/rate-limits'
import { graphqlLimits } from '@/security/graphql-request'
import { MAX_PAGE_SIZE } from '@/security/page-size'
import { ApiClient } from '../support/http'

const baseURL = inject('baseURL')
const aliased = (count: number, field: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => field(i)).join(' ')} }`

describe('requests over the limits are refused before they run', () => {
  it.each([
    ['150 aliased unbounded lists (the stall found)', aliased(150, (i) => `a${i}: Practices(limit: 0) { docs { id } }`), /more that 2000 tokens/],
    ['more root fields than allowed', aliased(graphqlLimits.maxRootFields + 1, (i) => `a${i}: Countries(limit: 1) { totalDocs }`), /top-level fields/],
    ['more aliases than allowed', `{ Practices(limit: 1) { docs { ${Array.from({ length: graphqlLimits.maxAliases + 1 }, (_, i) => `t${i}: title`).join(' ')} } } }`, /aliases/],
    ['a query nested too deep', `{ Practices { docs { ${'originators { '.repeat(graphqlLimits.maxDepth - 2)}id${' }'.repeat(graphqlLimits.maxDepth - 2)} } } }`, /levels deep/],
    ['unbounded lists whose pages add up past the budget', aliased(3, (i) => `a${i}: Practices(limit: 0) { docs { id } }`), /may return 1500 documents/],
    ['a limit given as a variable', 'query ($n: Int) { a: Practices(limit: $n) { totalDocs } b: Countries(limit: $n) { totalDocs } c: Organisations(limit: $n) { totalDocs } }', /may return 1500 documents/],
    ['signing in through GraphQL, which would bypass the login limits', 'mutation { loginUser(email: "admin@example.org", password: "x") { token } }', /not available through GraphQL/],
  ])('refuses %s with 400 and a reason', async (_, query, reason) => {
    const client = ApiClient.anonymous(baseURL)
    const { status, errors, data } = await client.graphql(query, query.includes('$n') ? { n: 0 } : undefined)
    expect(status).toBe(400)
    expect(data ?? null).toBeNull()
    expect(errors?.[0].message).toMatch(reason)
  })

  it('refuses a NUL character in a where clause with 400', async () => {
    const { status, text } = await ApiClient.anonymous(baseURL).graphql('{ Practices(where: { title: { equals: "\\u0000" } }) { docs { id } } }')
    expect(status).toBe(400)
    expect(text).toContain('NUL')
  })

  it('refuses a body that is not a GraphQL request as JSON', async () => {
    const response = await fetch(`${baseURL}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"variables":{}}' })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('query')
  })
})

describe('what is allowed stays bounded', () => {
  it('refuses an unbounded list (limit 0) and serves a page within the budget', async () => {
    const unbounded = await ApiClient.anonymous(baseURL).graphql('{ Practices(limit: 0) { totalDocs } }')
    expect(unbounded.status).toBe(400)
    expect(unbounded.errors?.[0].message).toContain('Ask for smaller pages')
    const { status, data } = await ApiClient.anonymous(baseURL).graphql(`{ Practices(limit: ${graphqlLimits.maxCost}) { limit totalDocs docs { slug } } }`)
    expect(status).toBe(200)
    expect(data.Practices.limit).toBe(Math.min(graphqlLimits.maxCost, MAX_PAGE_SIZE.anonymous))
    expect(data.Practices.docs.length).toBe(Math.min(data.Practices.totalDocs, graphqlLimits.maxCost))
  })

  it('caps REST pages the same way, for limit=0 and pagination=false', async () => {
    const client = ApiClient.anonymous(baseURL)
    for (const query of ['limit=0', 'limit=100000', 'pagination=false']) {
      const { status, json } = await client.rest('GET', `/api/countries?${query}&depth=0`)
      expect(status, query).toBe(200)
      expect(json.limit, query).toBe(MAX_PAGE_SIZE.anonymous)
      expect(json.totalDocs, query).toBe(41)
    }
  })

  it('names no existing field in an error, although introspection is off', async () => {
    const { errors, text } = await ApiClient.anonymous(baseURL).graphql('{ Practices { docs { titel } } }')
    expect(errors?.[0].message).toContain('Cannot query field "titel"')
    expect(text).not.toContain('Did you mean')
    expect(text).not.toContain('"title"')
  })
})

describe('the per-client budget', () => {
  it('answers 429 with Retry-After once a client has used its budget, and other clients go on', async () => {
    const greedy = ApiClient.anonymous(baseURL)
    const statuses: number[] = []
    for (let i = 0; i <= rateLimits.graphql.limit; i++) statuses.push((await greedy.graphql('{ Countries(limit: 1) { totalDocs } }')).status)
    expect(statuses.slice(0, rateLimits.graphql.limit).every((s) => s === 200)).toBe(true)
    const refused = await greedy.rest('POST', '/api/graphql', { query: '{ Countries(limit: 1) { totalDocs } }' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await ApiClient.anonymous(baseURL).graphql('{ Countries(limit: 1) { totalDocs } }')).status).toBe(200)
  })
})
