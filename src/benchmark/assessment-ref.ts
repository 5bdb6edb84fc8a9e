/**
 * How a page address names an assessment: by id for signed-in users, whose
 * account gives access (`/en/benchmark/12`), or by private-link token for
 * assessments made without an account (`/en/benchmark/<43 characters>`).
 */
import { isLinkToken } from './private-link'

export type AssessmentRef = { door: 'account'; id: number } | { door: 'link'; token: string }

export function parseAssessmentRef(segment: string): AssessmentRef | null {
  if (/^[1-9]\d{0,15}$/.test(segment)) return { door: 'account', id: Number(segment) }
  if (isLinkToken(segment)) return { door: 'link', token: segment }
  return null
}

export const refSegment = (ref: AssessmentRef): string => (ref.door === 'account' ? String(ref.id) : ref.token)
