/**
 * `npm run bench`: one run measures the app at several inventory sizes and prints the results side by side.
 * For each size (default 10,000 and 100,000 synthetic published practices beside the demo) in a scratch database:
 * the catalogue's data function cold beside its SQL floor, the country and home reads, the comparison
 * (bench-data-reads.ts); then, against the built app on loopback: the public pages (bench-pages.ts), the unfiltered
 * exports with the app's peak memory (bench-exports.ts), the catalogue under 20 concurrent clients (bench-load.ts),
 * a publish through one instance seen by a second (bench-instances.ts); last the import of --import-rows practices
 * into that database (import-files.ts). Then the GraphQL-under-load and Lighthouse benches (bench-graphql.ts,
 * bench-lighthouse.ts), once.
 *
 *   --sizes 10000,100000   the sizes
 *   --quick                a small run: 1,000 practices, fewer repetitions, 5 s of load, 200 imported rows, no extras
 *   --skip graphql,lighthouse,import,...   leaves out sections (data, pages, exports, load, instances, import, graphql, lighthouse)
 *
 * Uses DATABASE_URL's server, or an embedded PostgreSQL in a temp dir; builds the app when its build is stale.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { startBenchApp } from './lib/bench-app'
import { benchDataReads } from './lib/bench-data-reads'
import { BENCH_SECRET, syntheticDatabase } from './lib/bench-database'
import { benchExports } from './lib/bench-exports'
import { benchInstances } from './lib/bench-instances'
import { benchLoad } from './lib/bench-load'
import { benchPages } from './lib/bench-pages'
import { BenchTable } from './lib/bench-table'
import { buildApp } from './lib/build-app'
import { buildIsCurrent } from './lib/build-state'
import { ROOT } from './lib/environment'
import { importPractices, timeImport, writeImportFiles } from './lib/import-files'
import { runScript } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'

const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const quick = process.argv.includes('--quick')
const sizes = (argument('--sizes') ?? (quick ? '1000' : '10000,100000')).split(',').map(Number)
const skipped = new Set([...(argument('--skip')?.split(',') ?? []), ...(quick ? ['graphql', 'lighthouse'] : [])])
const runs = quick ? 10 : 30
const loadSeconds = quick ? 5 : 20
const importRows = Number(argument('--import-rows') ?? (quick ? 200 : 10_000))
if (sizes.some((s) => !Number.isInteger(s) || s < 1 || s > 1_000_000)) {
  console.error('bench: --sizes takes whole numbers from 1 to 1,000,000, comma-separated')
  process.exit(2)
}
const measures = (section: string) => !skipped.has(section)

const table = new BenchTable(sizes)
const catalogueLines: string[] = []
const server = await scratchPostgres('bench')
const filesDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-bench-files-'))
try {
  if (!buildIsCurrent(ROOT)) await buildApp({ ...process.env, PAYLOAD_SECRET: BENCH_SECRET })
  for (const size of sizes) {
    const url = server.url(`atlas_bench_${size}_${process.pid}`)
    const loaded = await syntheticDatabase(url, size)
    table.set(size, 'synthetic practices loaded (s)', loaded.toFixed(1))
    console.log(`${size.toLocaleString('en')} synthetic practices loaded in ${loaded.toFixed(1)} s`)
    if (measures('data')) catalogueLines.push(...(await benchDataReads(url, size, table, runs)))
    if (['pages', 'exports', 'load', 'instances'].some(measures)) {
      const app = await startBenchApp(url)
      try {
        if (measures('pages')) await benchPages(app, url, size, table, quick ? 5 : 20)
        if (measures('exports')) await benchExports(app, size, table)
        if (measures('load')) await benchLoad(app, size, table, loadSeconds)
        if (measures('instances')) await benchInstances(app, url, size, table)
      } finally {
        await app.stop()
      }
    }
    if (measures('import')) {
      const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: BENCH_SECRET }
      const { files } = await writeImportFiles(filesDir, `import-${size}`, importPractices(importRows))
      const created = await timeImport(env, files)
      const unchanged = await timeImport(env, files)
      table.set(size, `import of ${importRows.toLocaleString('en')} practices (CSV): all created; all unchanged (s)`, `${created.toFixed(1)}; ${unchanged.toFixed(1)}`)
    }
    // The table so far: a long run that breaks at a larger size keeps what it measured.
    if (size !== sizes.at(-1)) console.log(`\nAfter ${size.toLocaleString('en')} practices:\n${table.toMarkdown()}\n`)
  }
} finally {
  await server.stop()
  await rm(filesDir, { recursive: true, force: true })
}

console.log(`\nGuidance Atlas bench (${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end). HTTP against the built app on loopback.`)
console.log(table.toMarkdown())
if (catalogueLines.length > 0) {
  console.log('\nCatalogue data function (getCatalogue), server-side, ms. cold = cache off; floor = the facet-count SQL alone;')
  console.log('warm = answered from the cache, valid until the next write to practices.')
  console.log('| practices | query | matches | cold p50 | cold p95 | floor p50 | floor p95 | cold p50 / floor | warm p50 |')
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const line of catalogueLines) console.log(line)
}
if (measures('graphql')) await runScript(`${ROOT}/scripts/bench-graphql.ts`, [], process.env)
if (measures('lighthouse')) await runScript(`${ROOT}/scripts/bench-lighthouse.ts`, [], process.env)
process.exit(0)
