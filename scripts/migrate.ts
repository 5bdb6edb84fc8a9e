/**
 * `npm run migrate`: applies committed migrations (and seeds the demo content
 * where `npm start` would: embedded database, or SEED_DEMO=true), then exits.
 * The release step when several app instances share one database.
 */
import { runTool } from './lib/run-tool'

// The runner applies the migrations (and the seed) before the task, which has nothing left to do.
await runTool('Migration', async () => {})
