import 'server-only'

import type { Payload } from 'payload'

import { countriesOf, hasRole, type AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import type { Locale } from '@/framework/types'
import type { Country, Practice, User } from '@/payload-types'
import { practiceDifference } from '@/view-models/review/practice-difference'
import type { CountryPractice, ListPage, SubmittedPractice } from '@/view-models/review/queue-rows'
import { readMetricVocabulary } from './metrics'
import { practiceVersionsOf } from './practice-versions'
import type { Viewer } from './viewer'

/** Rows per page of the review lists: the queue reads two versions of each row's practice to count its changes. */
export const REVIEW_PAGE_SIZE = 20

const countryName = (country: Practice['country']) => (typeof country === 'object' ? (country as Country).name : country)

/**
 * What both review lists ask of the practices: one page, drafts included, in the viewer's language (English where a
 * text is not translated) with each country's name, as far as the viewer may read them.
 */
const reviewListPage = (viewer: Viewer, page: number, locale: Locale) =>
  ({
    collection: 'practices',
    draft: true,
    page,
    limit: REVIEW_PAGE_SIZE,
    locale,
    fallbackLocale: 'en',
    depth: 1,
    populate: { countries: { name: true } },
    overrideAccess: false,
    user: viewer.user,
  }) as const

/** A page number from the address, 1 when it is not one. */
export const pageNumber = (value: unknown): number => {
  const page = Number(value)
  return Number.isSafeInteger(page) && page > 0 ? page : 1
}

/**
 * The names of the accounts that submitted the practices on one page. Reviewers may not read other accounts
 * (users: read self), but the permission table lets them see who submitted a practice (workflowDetails); so
 * after that check, only the name and e-mail of these few accounts are read, with access off.
 */
async function submitterNames(payload: Payload, viewer: Viewer, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0 || accessResult('workflowDetails', 'read', viewer.user as AccessUser | null) !== true) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: [...new Set(ids)] } },
    select: { name: true, email: true },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
  })
  return new Map(docs.map((u: Pick<User, 'id' | 'name' | 'email'>) => [u.id, u.name || u.email]))
}

/** How many review comments are still open on each of the practices `ids` (one page of a list), as `viewer` may read them: one query. */
async function openCommentCounts(payload: Payload, viewer: Viewer, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'review-comments',
    where: { and: [{ practice: { in: [...ids] } }, { resolved: { not_equals: true } }] },
    select: { practice: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: viewer.user,
  })
  const counts = new Map<number, number>()
  for (const { practice } of docs) {
    const id = typeof practice === 'object' && practice !== null ? practice.id : practice
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

const userId = (value: Practice['submittedBy']): number | null => (typeof value === 'object' && value !== null ? value.id : (value ?? null))

/** The practices submitted for review, the longest waiting first, each with its number of changed fields; null for viewers who may not publish. */
export async function submittedPractices(payload: Payload, viewer: Viewer, page: number, locale: Locale): Promise<ListPage<SubmittedPractice> | null> {
  if (accessResult('practices', 'publish', viewer.user as AccessUser | null) !== true) return null
  const result = await payload.find({
    ...reviewListPage(viewer, page, locale),
    where: { workflowState: { equals: 'submitted' } },
    sort: 'submittedAt',
    select: { title: true, country: true, submittedAt: true, submittedBy: true },
  })
  const [names, metrics, versions] = await Promise.all([
    submitterNames(payload, viewer, result.docs.map((p) => userId(p.submittedBy)).filter((id): id is number => id !== null)),
    readMetricVocabulary(payload, viewer),
    practiceVersionsOf(payload, viewer, result.docs.map((p) => p.id)),
  ])
  const rows = result.docs.map((p): SubmittedPractice => {
    const both = versions.get(p.id)
    const submitter = userId(p.submittedBy)
    return {
      id: p.id,
      title: p.title,
      country: countryName(p.country),
      submitter: submitter === null ? null : (names.get(submitter) ?? null),
      submittedAt: p.submittedAt ?? null,
      changedFields: both ? practiceDifference(both.draft, both.published, locale, metrics).changedFields : 0,
    }
  })
  return { rows, page: result.page ?? page, pages: result.totalPages, total: result.totalDocs }
}

/**
 * The practices of a coordinator's own countries (never other countries' published ones), by title, with their
 * open review comments; null for viewers who are no coordinator.
 */
export async function countryPractices(payload: Payload, viewer: Viewer, page: number, locale: Locale): Promise<ListPage<CountryPractice> | null> {
  const user = viewer.user as AccessUser | null
  if (!hasRole(user, 'coordinator')) return null
  const countries = countriesOf(user)
  if (countries.length === 0) return { rows: [], page: 1, pages: 0, total: 0 }
  const result = await payload.find({
    ...reviewListPage(viewer, page, locale),
    where: { country: { in: countries } },
    sort: 'title',
    select: { title: true, country: true, workflowState: true, updatedAt: true },
  })
  const open = await openCommentCounts(payload, viewer, result.docs.map((p) => p.id))
  const rows = result.docs.map(
    (p): CountryPractice => ({ id: p.id, title: p.title, country: countryName(p.country), state: p.workflowState ?? 'draft', openComments: open.get(p.id) ?? 0, updatedAt: p.updatedAt }),
  )
  return { rows, page: result.page ?? page, pages: result.totalPages, total: result.totalDocs }
}
