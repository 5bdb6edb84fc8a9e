import type { Access } from 'payload'

import { allowCreateInCountry } from './collection-access'
import type { AccessUser } from './roles'
import { accessResult } from './where'

const userOf = (user: unknown) => user as AccessUser | null

/**
 * A write that would publish needs the publish permission. Payload's admin asks
 * with `_status: 'published'` to decide whether to show "Publish", so answering
 * here hides the button from coordinators; the collection's beforeChange hook
 * enforces the same rule for writes whose status is settled later.
 */
const publishes = (data: unknown) => (data as { _status?: string } | undefined)?._status === 'published'
const mayPublish = (user: AccessUser | null) => accessResult('practices', 'publish', user) === true

const createInCountry = allowCreateInCountry('practices')

export const createPractice: Access = (args) => (!publishes(args.data) || mayPublish(userOf(args.req.user))) && createInCountry(args)

export const updatePractice: Access = ({ req, data }) =>
  publishes(data) && !mayPublish(userOf(req.user)) ? false : accessResult('practices', 'update', userOf(req.user))
