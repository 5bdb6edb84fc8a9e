import { describe, expect, it } from 'vitest'

import { verificationMaxAgeMonths } from '@/rounds/verification-age'
import { verificationLine } from '@/view-models/history/verification'

const now = new Date('2026-11-30T12:00:00Z')
const round = { name: '2025' }

describe('when a practice was last verified', () => {
  it('names the date and round within the configured age', () => {
    expect(verificationLine({ lastVerifiedAt: '2025-11-20T09:00:00Z', lastVerifiedRound: round }, 'en', 18, now)).toEqual({ text: 'Last verified on November 20, 2025 (round 2025)', stale: false })
    expect(verificationLine({ lastVerifiedAt: '2025-11-20T09:00:00Z', lastVerifiedRound: round }, 'nl', 18, now)?.text).toBe('Laatst gecontroleerd op 20 november 2025 (ronde 2025)')
  })

  it('says it was not verified since once that is longer ago than the configured age', () => {
    // 18 months before 30 November 2026 is 30 May 2025.
    expect(verificationLine({ lastVerifiedAt: '2025-06-02T09:00:00Z', lastVerifiedRound: round }, 'en', 18, now)).toEqual({ text: 'Last verified on June 2, 2025 (round 2025)', stale: false })
    expect(verificationLine({ lastVerifiedAt: '2025-05-20T09:00:00Z', lastVerifiedRound: round }, 'en', 18, now)).toEqual({ text: 'Not verified since May 20, 2025', stale: true })
    expect(verificationLine({ lastVerifiedAt: '2025-06-02T09:00:00Z', lastVerifiedRound: round }, 'en', 6, now)?.stale).toBe(true)
  })

  it('says nothing of a practice never verified', () => {
    expect(verificationLine({ lastVerifiedAt: null }, 'en', 18, now)).toBeNull()
  })

  it('reads VERIFICATION_MAX_AGE_MONTHS: 18 by default, a whole number of months, anything else refused', () => {
    expect(verificationMaxAgeMonths({})).toBe(18)
    expect(verificationMaxAgeMonths({ VERIFICATION_MAX_AGE_MONTHS: '12' })).toBe(12)
    for (const wrong of ['0', '1.5', 'eighteen', '-3']) {
      expect(() => verificationMaxAgeMonths({ VERIFICATION_MAX_AGE_MONTHS: wrong })).toThrow(`VERIFICATION_MAX_AGE_MONTHS must be a whole number of months from 1 to 120, not "${wrong}".`)
    }
  })
})
