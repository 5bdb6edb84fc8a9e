import 'server-only'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs Local API reads on the primary database when read replicas are set (DATABASE_REPLICA_URLS): inside a
 * transaction, which Payload's PostgreSQL adapter always opens on the primary. For answers kept under the catalogue
 * generation (read from the primary): computed from a lagging replica, an old answer would be kept until the next write.
 * Without replicas `read` gets no request and runs as it would anyway.
 */
export async function readFromPrimary<T>(payload: Payload, read: (req: PayloadRequest | undefined) => Promise<T>): Promise<T> {
  if (!(payload.db as { primaryDrizzle?: unknown }).primaryDrizzle) return read(undefined)
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const value = await read(req)
    await commitTransaction(req)
    return value
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
