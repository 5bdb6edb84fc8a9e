import type { PayloadRequest, Where } from 'payload'

import { allFields } from '@/framework'
import { translations } from '@/i18n/translations'
import { requestLocale } from '@/i18n/request-locale'
import { Refusal } from './refusal'
import type { AccessUser } from './roles'
import { accessResult } from './where'

const namedPractices = 3

/** The practice fields that name organisations (originators, operators, partners), from the registry. */
const organisationFields = () => allFields().filter((f) => f.kind === 'organisations')

/**
 * A change to an organisation that a published practice shows is public at once, so it
 * needs the organisations' `publish` permission; others are told which practices show it.
 */
export async function refuseChangeToShownOrganisation(id: number | string, req: PayloadRequest): Promise<void> {
  if (accessResult('organisations', 'publish', req.user as AccessUser | null) === true) return
  const showing: Where = { or: organisationFields().map(({ key }) => ({ [key]: { equals: id } })) }
  const locale = requestLocale(req)
  const { docs, totalDocs } = await req.payload.find({
    collection: 'practices',
    where: { and: [{ _status: { equals: 'published' } }, showing] },
    select: { title: true },
    sort: 'title',
    limit: namedPractices,
    depth: 0,
    locale,
    req,
  })
  if (totalDocs === 0) return
  const titles = docs.map((p) => p.title).join(', ') + (totalDocs > docs.length ? ', …' : '')
  throw new Refusal(translations(locale, 'refusals').organisationShown({ practices: titles }), 403)
}
