/**
 * Run by tests/int/read-replicas.int.test.ts in a process of its own (Payload reads DATABASE_URL and
 * DATABASE_REPLICA_URLS once): prints, as JSON on its last line, how many published practices a Local API read
 * finds outside a transaction and through readFromPrimary.
 */
import { getPayload, type PayloadRequest } from 'payload'

import config from '../../payload.config'
import { readFromPrimary } from '@/data/primary-read'

const payload = await getPayload({ config })
const published = async (req?: PayloadRequest) => (await payload.count({ collection: 'practices', where: { _status: { equals: 'published' } }, req })).totalDocs
const counts = { outside: await published(), primary: await readFromPrimary(payload, published) }
await payload.destroy()
console.log(JSON.stringify(counts))
process.exit(0)
