import type { Access } from 'payload'

import { ROUND_CONFIRMATION } from '@/rounds/step-context'

import type { AccessUser } from './roles'
import { accessResult, allowsCountry } from './where'

const userOf = (user: unknown) => user as AccessUser | null

/**
 * A write that would publish needs the publish permission. Payload's admin asks
 * with `_status: 'published'` to decide whether to show "Publish", so answering
 * here hides the button from coordinators; the collection's beforeChange hook
 * enforces the same rule for writes whose status is settled later.
 */
const publishes = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'
const mayPublish = (user: AccessUser | null) => accessResult('practices', 'publish', user) === true

/**
 * Whether the user may create practices at all. The country of the new practice is checked with the record: a
 * missing one is named with the other missing required fields (collections/practices/hooks/require-fields-in-drafts.ts), another than the user's
 * is refused with the reason (enforceEditorialRules); access alone could only answer "not allowed".
 */
const createsPractices = (user: AccessUser | null) => allowsCountry('practices', 'create', user, undefined)

export const createPractice: Access = ({ req, data }) => (!publishes(data) || mayPublish(userOf(req.user))) && createsPractices(userOf(req.user))

/**
 * A round confirmation (src/rounds/confirm-practice.ts, which asked the permission table's `confirm` row) republishes
 * the published version unchanged: for it, the coordinator needs the update permission only.
 */
export const updatePractice: Access = ({ req, data }) =>
  publishes(data) && !mayPublish(userOf(req.user)) && !req.context?.[ROUND_CONFIRMATION] ? false : accessResult('practices', 'update', userOf(req.user))
