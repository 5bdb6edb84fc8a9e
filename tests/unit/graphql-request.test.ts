/** The GraphQL request check on its own: which documents are too costly, and why. */
import { describe, expect, it } from 'vitest'

import { graphqlLimits, graphqlRequestProblem, withoutSuggestions } from '@/security/graphql-request'

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables })

describe('the GraphQL request check', () => {
  it('passes ordinary queries', () => {
    expect(graphqlRequestProblem(body('{ Practices(limit: 20) { docs { slug title country { name } } } }'))).toBeUndefined()
    expect(graphqlRequestProblem(body('query ($n: Int) { Practices(limit: $n) { totalDocs } }', { n: 50 }))).toBeUndefined()
  })

  it('counts root fields reached through fragments, and is not fooled by a fragment cycle', () => {
    const fields = Array.from({ length: graphqlLimits.maxRootFields + 1 }, (_, i) => `c${i}: Countries(limit: 1) { totalDocs }`).join(' ')
    expect(graphqlRequestProblem(body(`query { ...F } fragment F on Query { ${fields} }`))).toMatch(/top-level fields/)
    expect(graphqlRequestProblem(body('query { Practices { docs { ...A } } } fragment A on Practice { ...B } fragment B on Practice { ...A }'))).toBeUndefined()
  })

  it('counts limit 0 and missing or huge limits as large pages', () => {
    expect(graphqlRequestProblem(body('{ a: Practices(limit: 0) { totalDocs } b: Practices(limit: 0) { totalDocs } c: Practices(limit: 99999) { totalDocs } }'))).toMatch(/1500 documents/)
  })

  it('strips "Did you mean" suggestions from messages', () => {
    expect(withoutSuggestions('Cannot query field "hsh" on type "Practice". Did you mean "hash"?')).toBe('Cannot query field "hsh" on type "Practice".')
  })
})
