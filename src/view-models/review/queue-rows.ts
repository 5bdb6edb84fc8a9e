/**
 * The rows of the admin's review lists: the reviewer's queue of submitted practices and the coordinator's
 * list of their countries' practices, from what src/data/review-queue.ts read, without queries.
 */
import type { Locale } from '@/framework/types'

/** A submitted practice as the reviewer's queue read it. */
export interface SubmittedPractice {
  id: number
  title: string
  country: string
  /** the submitter's name or e-mail; null where the account is gone */
  submitter: string | null
  submittedAt: string | null
  changedFields: number
}

/** A practice of the coordinator's countries as their list read it. */
export interface CountryPractice {
  id: number
  title: string
  country: string
  state: string
  openComments: number
  updatedAt: string
}

export interface ReviewQueueRow extends SubmittedPractice {
  /** the submission day in the admin's language */
  submittedOn: string | null
  /** whole days since submission */
  daysWaiting: number | null
  differenceHref: string
  editHref: string
}

export interface CountryPracticeRow extends CountryPractice {
  updatedOn: string
  differenceHref: string
  editHref: string
}

/** One page of a list, with its position among all pages. */
export interface ListPage<Row> {
  rows: Row[]
  page: number
  pages: number
  total: number
}

const dayMs = 24 * 60 * 60 * 1000

export const daysBetween = (from: string, now: Date): number => Math.max(0, Math.floor((now.getTime() - new Date(from).getTime()) / dayMs))

const formatDay = (value: string, locale: Locale) => new Date(value).toLocaleDateString(locale, { dateStyle: 'medium' })

export const differenceHref = (id: number) => `/admin/review/${id}`
export const editHref = (id: number) => `/admin/collections/practices/${id}`

export const reviewQueueRow = (practice: SubmittedPractice, now: Date, locale: Locale): ReviewQueueRow => ({
  ...practice,
  submittedOn: practice.submittedAt ? formatDay(practice.submittedAt, locale) : null,
  daysWaiting: practice.submittedAt ? daysBetween(practice.submittedAt, now) : null,
  differenceHref: differenceHref(practice.id),
  editHref: editHref(practice.id),
})

export const countryPracticeRow = (practice: CountryPractice, locale: Locale): CountryPracticeRow => ({
  ...practice,
  updatedOn: formatDay(practice.updatedAt, locale),
  differenceHref: differenceHref(practice.id),
  editHref: editHref(practice.id),
})
