/**
 * `npm run seed:synthetic -- --count N`: adds N synthetic, published practices (marked synthetic)
 * to the app's database; `--remove` deletes all synthetic practices. Never part of the demo content.
 */
import pg from 'pg'
import { z } from 'zod'

import { appEnvironment } from './lib/environment'
import { prepareDatabase } from './lib/prepare-database'
import { insertSyntheticPractices, removeSyntheticPractices } from './lib/synthetic-practices'

const args = z
  .object({ count: z.coerce.number().int().min(1).max(1_000_000).optional(), remove: z.boolean() })
  .refine((a) => a.remove || a.count !== undefined, 'give --count N (1 to 1,000,000) or --remove')
  .safeParse({
    count: process.argv.includes('--count') ? process.argv[process.argv.indexOf('--count') + 1] : undefined,
    remove: process.argv.includes('--remove'),
  })
if (!args.success) {
  console.error(`seed:synthetic: ${args.error.issues.map((i) => i.message).join('; ')}`)
  process.exit(2)
}

const { env, embedded, seedDemo } = await appEnvironment({ shareRunningDatabase: true })
Object.assign(process.env, env)
let exitCode = 0
try {
  await (await prepareDatabase({ seedDemo })).destroy()
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const started = Date.now()
    if (args.data.remove) console.log(`Removed ${await removeSyntheticPractices(client)} synthetic practices`)
    else {
      const made = await insertSyntheticPractices(client, args.data.count!)
      await client.query('ANALYZE')
      console.log(`Added ${made} synthetic practices in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    }
  } finally {
    await client.end()
  }
} catch (error) {
  console.error(`seed:synthetic failed: ${error instanceof Error ? error.message : String(error)}`)
  exitCode = 1
} finally {
  await embedded?.stop()
}
process.exit(exitCode)
