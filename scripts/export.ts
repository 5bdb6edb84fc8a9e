/**
 * `npm run export -- FILE [--locale en]`: writes the published practices to FILE as CSV or JSON
 * (by its extension), exactly as /api/open-data/practices.csv and .json serve them, a batch at a time.
 */
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { runTool } from './lib/run-tool'

const args = process.argv.slice(2)
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--locale')
if (!file || !/\.(csv|json)$/i.test(file)) {
  console.error('usage: npm run export -- FILE.csv|FILE.json [--locale en|nl|fr|de]')
  process.exit(2)
}
await runTool('Export', async () => {
  const { openDataCount, openDataPractices } = await import('@/data/open-data')
  const { openDataRequest } = await import('@/exchange/open-data-request')
  const { practicesCsvChunks, practicesJsonChunks } = await import('@/exchange/open-data-files')
  const locale = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : 'en'
  const { locale: chosen, query } = openDataRequest(`http://localhost/?locale=${locale}`)
  let written = 0
  async function* counted() {
    for await (const batch of openDataPractices({ user: null }, query, chosen)) {
      written += batch.length
      yield batch
    }
  }
  const chunks = file.endsWith('.csv')
    ? practicesCsvChunks(counted(), chosen)
    : practicesJsonChunks(counted(), { source: 'npm run export', count: await openDataCount(query, chosen), space: 2 })
  await pipeline(Readable.from(chunks), createWriteStream(file))
  console.log(`Wrote ${written} published practices to ${file}`)
})
