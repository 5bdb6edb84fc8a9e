/**
 * `npm run export -- FILE [--locale en]`: writes the published practices to FILE as CSV or JSON
 * (by its extension), exactly as /api/open-data/practices.csv and .json serve them.
 */
import { writeFile } from 'node:fs/promises'

import { runTool } from './lib/run-tool'

const args = process.argv.slice(2)
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--locale')
if (!file || !/\.(csv|json)$/i.test(file)) {
  console.error('usage: npm run export -- FILE.csv|FILE.json [--locale en|nl|fr|de]')
  process.exit(2)
}
await runTool('Export', async () => {
  const { openDataPractices } = await import('@/data/open-data')
  const { openDataRequest } = await import('@/exchange/open-data-request')
  const { practicesCsv, practicesJson } = await import('@/exchange/open-data-files')
  const locale = args.includes('--locale') ? args[args.indexOf('--locale') + 1] : 'en'
  const { locale: chosen, query } = openDataRequest(`http://localhost/?locale=${locale}`)
  const practices = await openDataPractices({ user: null }, query, chosen)
  await writeFile(file, file.endsWith('.csv') ? practicesCsv(practices, chosen) : JSON.stringify(practicesJson(practices, 'npm run export'), null, 2))
  console.log(`Wrote ${practices.length} published practices to ${file}`)
})
