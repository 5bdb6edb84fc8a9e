import { sql } from '@payloadcms/db-postgres'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

import type { Operation } from '@/access/permissions'
import { Refusal } from '@/access/refusal'
import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import type { User } from '@/payload-types'
import { transactionDb } from '@/practice-input/practice-rows'
import type { SqlRunner } from '@/practice-input/write-rows'
import type { RoundStepName } from './round-steps'

export type Actor = User & { collection: 'users' }

export interface StepRun {
  req: PayloadRequest
  db: SqlRunner
  t: ReturnType<typeof translations<'rounds'>>
}

/**
 * Runs one round step for `user` in one transaction (all or nothing), after the permission table's row for `step`
 * said yes (else 403). Round steps wait for each other (a transaction-scoped advisory lock), so two admins opening
 * two rounds at once cannot both succeed, and a confirmation never interleaves with a close.
 */
export async function runRoundStep<T>(payload: Payload, user: Actor, step: RoundStepName, given: PayloadRequest | undefined, body: (run: StepRun) => Promise<T>): Promise<T> {
  const req = given ?? (await createLocalReq({ user }, payload))
  const t = translations(requestLocale(req), 'rounds')
  const operation: Operation = step
  if (accessResult(step === 'confirm' ? 'practices' : 'rounds', operation, user as AccessUser) === false) {
    throw new Refusal(t.errors.mayNot({ action: t.actions[step] }), 403)
  }
  const ownTransaction = await initTransaction(req)
  try {
    const db = await transactionDb(payload, req)
    await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('guidance-atlas round steps'))`)
    const result = await body({ req, db, t })
    if (ownTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

export interface StoredRound {
  id: number
  name: string
  opensAt: Date | null
  closedAt: Date | null
}

/** The round a step acts on, or a 404 that names the id. */
export async function roundForStep({ db, t }: StepRun, id: number): Promise<StoredRound> {
  const { rows } = await db.execute(sql`SELECT id, name, opens_at, closed_at FROM rounds WHERE id = ${id} FOR UPDATE`)
  const row = rows[0]
  if (!row) throw new Refusal(t.errors.roundNotFound({ id }), 404)
  const date = (value: unknown) => (value == null ? null : new Date(value as string))
  return { id: Number(row.id), name: String(row.name), opensAt: date(row.opens_at), closedAt: date(row.closed_at) }
}
