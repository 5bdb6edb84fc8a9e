/**
 * `npm run export -- FILE [--locale en] [--round NAME]`: writes the published practices (or a closed round's
 * snapshot) to FILE as CSV or JSON (by its extension), exactly as /api/open-data/practices.csv and .json serve
 * them, a batch at a time.
 */
import { createWriteStream } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { PracticeInput } from '@/framework/practice-schema'

import { runTool } from './lib/run-tool'

const args = process.argv.slice(2)
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--locale' && args[i - 1] !== '--round')
if (!file || !/\.(csv|json)$/i.test(file)) {
  console.error('usage: npm run export -- FILE.csv|FILE.json [--locale en|nl|fr|de] [--round NAME]')
  process.exit(2)
}
await runTool('Export', async () => {
  const { openDataSource } = await import('@/data/open-data-source')
  const { practicesCsvChunks, practicesJsonChunks } = await import('@/exchange/open-data-files')
  const locale = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : 'en'
  const round = args.includes('--round') ? `&round=${encodeURIComponent(args[args.indexOf('--round') + 1])}` : ''
  const source = await openDataSource(`http://localhost/?locale=${encodeURIComponent(locale)}${round}`, { user: null })
  if ('status' in source) throw new Error(source.message)
  const { batches } = source
  let written = 0
  function* countedBatch(batch: Iterable<PracticeInput>) {
    for (const practice of batch) {
      written++
      yield practice
    }
  }
  async function* counted() {
    for await (const batch of batches) yield countedBatch(batch)
  }
  const chunks = file.endsWith('.csv')
    ? practicesCsvChunks(counted(), source.locale)
    : practicesJsonChunks(counted(), { source: 'npm run export', count: await source.count(), round: source.round, space: 2 })
  await pipeline(Readable.from(chunks), createWriteStream(file))
  console.log(`Wrote ${written} published practices to ${file}`)
})
