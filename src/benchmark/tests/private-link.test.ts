/** Private links and the addresses of assessments (src/benchmark/private-link.ts, assessment-ref.ts, write-context.ts). */
import { describe, expect, it } from 'vitest'

import { parseAssessmentRef, refSegment } from '@/benchmark/assessment-ref'
import { hashLinkToken, isLinkToken, newLinkToken } from '@/benchmark/private-link'
import { linkContext, linkTokenOf, previousContext, previousOf } from '@/benchmark/write-context'

describe('private-link tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = Array.from({ length: 200 }, newLinkToken)
    expect(new Set(tokens).size).toBe(200)
    for (const token of tokens) {
      expect(isLinkToken(token)).toBe(true)
      expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    }
  })

  it('are stored as a SHA-256 hash that does not contain them', () => {
    const token = newLinkToken()
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashLinkToken(token)).toBe(hashLinkToken(token))
    expect(hashLinkToken(token)).not.toContain(token)
    expect(hashLinkToken(newLinkToken())).not.toBe(hashLinkToken(token))
  })

  it('reach the access functions only when well formed', () => {
    const token = newLinkToken()
    expect(linkTokenOf(linkContext(token))).toBe(token)
    expect(linkTokenOf(linkContext('too-short'))).toBeUndefined()
    expect(linkTokenOf({})).toBeUndefined()
    expect(previousOf(previousContext(12))).toBe(12)
    expect(previousOf({ assessmentPrevious: '12' })).toBeUndefined()
  })
})

describe('assessment addresses', () => {
  it('name an assessment by id (account) or by token (link), and nothing else', () => {
    const token = newLinkToken()
    expect(parseAssessmentRef('12')).toEqual({ door: 'account', id: 12 })
    expect(parseAssessmentRef(token)).toEqual({ door: 'link', token })
    for (const segment of ['0', '012', '-1', '1e3', 'new', `${token}x`, token.slice(1), '']) expect(parseAssessmentRef(segment)).toBeNull()
    expect(refSegment({ door: 'link', token })).toBe(token)
    expect(refSegment({ door: 'account', id: 12 })).toBe('12')
  })
})
