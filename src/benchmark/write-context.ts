/**
 * What server code hands to the `assessments` collection through Payload's
 * request `context`, which no HTTP request can set: the private-link token a
 * read or write is made with, and the earlier assessment a new one follows
 * (after the server has checked that the viewer may read that one).
 */
import { isLinkToken } from './private-link'

const LINK_TOKEN = 'assessmentLinkToken'
const PREVIOUS = 'assessmentPrevious'

type Context = Record<string, unknown> | undefined

export const linkContext = (token: string) => ({ [LINK_TOKEN]: token })

export const previousContext = (id: number) => ({ [PREVIOUS]: id })

/** The link token handed over, if it has the shape of one. */
export function linkTokenOf(context: Context): string | undefined {
  const token = context?.[LINK_TOKEN]
  return typeof token === 'string' && isLinkToken(token) ? token : undefined
}

/** The id of the assessment a new one follows, if handed over. */
export function previousOf(context: Context): number | undefined {
  const id = context?.[PREVIOUS]
  return typeof id === 'number' && Number.isInteger(id) ? id : undefined
}
