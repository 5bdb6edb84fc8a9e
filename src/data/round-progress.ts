import 'server-only'

import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { isAdmin } from '@/access/collection-access'
import { countriesOf, type AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import type { Locale } from '@/framework/types'
import { transactionDb } from '@/practice-input/practice-rows'
import type { Viewer } from './viewer'

/** One country's practices in a round: still to verify, confirmed unchanged, updated, and overdue (to verify after the deadline day). */
export interface CountryProgress {
  country: string
  toVerify: number
  confirmed: number
  updated: number
  overdue: number
}

/**
 * The countries whose progress `viewer` sees: null for all (admins, reviewers), else the coordinator's own; none for
 * viewers without the roundProgress right.
 */
export function progressCountries(viewer: Viewer): string[] | null {
  const user = viewer.user as AccessUser | null
  if (accessResult('roundProgress', 'read', user) !== true) return []
  return accessResult('practices', 'read', user) === true ? null : countriesOf(user)
}

/**
 * Round `roundId`'s progress per country, counted in the database (one statement, whatever the inventory's size), for
 * the published practices the round marked. `today` (YYYY-MM-DD) decides what is overdue.
 */
export async function roundProgress(payload: Payload, viewer: Viewer, roundId: number, today: string): Promise<CountryProgress[]> {
  const countries = progressCountries(viewer)
  if (countries !== null && countries.length === 0) return []
  const inCountries = countries === null ? sql`TRUE` : sql`p.country_id = ANY(${sql.param(countries)}::text[])`
  const { rows } = await (await transactionDb(payload)).execute(sql`
    SELECT p.country_id AS country,
      count(*) FILTER (WHERE p.verify_state = 'toVerify')::int AS to_verify,
      count(*) FILTER (WHERE p.verify_state = 'confirmed')::int AS confirmed,
      count(*) FILTER (WHERE p.verify_state = 'updated')::int AS updated,
      count(*) FILTER (WHERE p.verify_state = 'toVerify' AND (r.deadline AT TIME ZONE 'UTC')::date < ${today}::date)::int AS overdue
    FROM practices p JOIN rounds r ON r.id = p.verify_round_id
    WHERE p.verify_round_id = ${roundId} AND p._status = 'published' AND ${inCountries}
    GROUP BY p.country_id ORDER BY p.country_id`)
  return rows.map((row) => ({
    country: String(row.country),
    toVerify: Number(row.to_verify),
    confirmed: Number(row.confirmed),
    updated: Number(row.updated),
    overdue: Number(row.overdue),
  }))
}

/** The coordinators' names of each country, for admins only (other viewers get none). */
export async function coordinatorNames(payload: Payload, viewer: Viewer): Promise<Map<string, string[]>> {
  if (!isAdmin(viewer.user)) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { contains: 'coordinator' } },
    select: { name: true, email: true, countries: true },
    depth: 0,
    pagination: false,
    sort: 'name',
    overrideAccess: false,
    user: viewer.user,
  })
  const names = new Map<string, string[]>()
  for (const user of docs) {
    for (const country of countriesOf(user as AccessUser)) names.set(country, [...(names.get(country) ?? []), user.name || user.email])
  }
  return names
}

/** How many practices the progress view lists to confirm at once: confirming them shows the next. */
export const TO_VERIFY_LIST_SIZE = 100

export interface PracticeToVerify {
  id: number
  title: string
  country: string
}

/**
 * The published practices still to verify in round `roundId` that `viewer` may confirm (a coordinator: their
 * countries'; an admin: all), by title, the first TO_VERIFY_LIST_SIZE; null for viewers who may confirm none.
 */
export async function practicesToVerify(payload: Payload, viewer: Viewer, roundId: number, locale: Locale): Promise<{ docs: PracticeToVerify[]; total: number } | null> {
  const user = viewer.user as AccessUser | null
  const reach = accessResult('practices', 'confirm', user)
  if (reach === false) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'practices',
    where: { and: [{ verifyRound: { equals: roundId } }, { verifyState: { equals: 'toVerify' } }, ...(reach === true ? [] : [reach])] },
    select: { title: true, country: true },
    sort: 'title',
    limit: TO_VERIFY_LIST_SIZE,
    depth: 0,
    locale,
    fallbackLocale: 'en',
    overrideAccess: false,
    user: viewer.user,
  })
  return { docs: docs.map((d) => ({ id: d.id, title: d.title ?? String(d.id), country: String(d.country) })), total: totalDocs }
}
