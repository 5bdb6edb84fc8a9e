import type { Access, Where } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { hashLinkToken } from '@/benchmark/private-link'
import { linkTokenOf } from '@/benchmark/write-context'

/**
 * Access to assessments: the permission table for accounts, and the private
 * link for assessments made without one. A link opens exactly the assessment
 * whose stored hash matches its token; server code hands the token over in
 * the request context (src/benchmark/write-context.ts), so REST and GraphQL
 * requests, which cannot set it, only ever get the table's answer, and the
 * table gives anonymous visitors nothing.
 */
const byLink = (token: string): Where => ({ tokenHash: { equals: hashLinkToken(token) } })

const tableOrLink =
  (operation: 'read' | 'update'): Access =>
  ({ req }) => {
    const token = linkTokenOf(req.context)
    return token ? byLink(token) : accessResult('assessments', operation, req.user as AccessUser | null)
  }

export const readAssessment = tableOrLink('read')
export const updateAssessment = tableOrLink('update')

/** Accounts create through the table; a visitor without one only through the page, which issues the link's token. */
export const createAssessment: Access = ({ req }) =>
  linkTokenOf(req.context) !== undefined || accessResult('assessments', 'create', req.user as AccessUser | null) === true

export const deleteAssessment: Access = ({ req }) => accessResult('assessments', 'delete', req.user as AccessUser | null)
