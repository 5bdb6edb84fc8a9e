import { migrateAndSeed } from '../support/prepare-database'

export default async function setup() {
  if (!process.env.DATABASE_URL) throw new Error('Integration tests need a database: run them through `npm test`.')
  await migrateAndSeed(process.env.DATABASE_URL)
}
