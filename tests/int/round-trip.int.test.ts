/**
 * Export, import into an empty database, export again: the files are identical.
 * Runs the command-line tools against two fresh databases of their own.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { expect, it } from 'vitest'

import { parseCsv } from '@/exchange/csv'
import { exportOnlyKeys } from '@/framework/export-only-fields'
import { ensureDatabaseExists } from '../../scripts/lib/prepare-database'
import { runNpmScript } from '../../scripts/lib/run'

const databaseUrl = (name: string) => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${name}` }).toString()
/** Runs a command-line tool as a user does, through its npm script. */
const tool = (script: string, url: string, ...args: string[]) =>
  runNpmScript(script, args, { ...process.env, DATABASE_URL: url, SEED_DEMO: 'true' }, { timeoutMs: 180_000 })

it('exports, imports into an empty database and exports the same CSV and JSON again', { timeout: 420_000 }, async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-round-trip-'))
  const stamp = `${Date.now().toString(36)}_${process.pid}`
  const [source, target] = [databaseUrl(`rt_source_${stamp}`), databaseUrl(`rt_target_${stamp}`)]
  for (const url of [source, target]) await ensureDatabaseExists(url)
  const file = (name: string) => path.join(dir, name)

  await tool('export', source, file('first.csv'))
  await tool('export', source, file('first.json'))
  // The target gets the countries, organisations and accounts of the demo, but no practice.
  await tool('migrate', target)
  const client = new pg.Client({ connectionString: target })
  await client.connect()
  await client.query('DELETE FROM practices; DELETE FROM _practices_v')
  await client.end()

  await tool('import', target, file('first.csv'), '--publish')
  await tool('export', target, file('second.csv'))
  await tool('export', target, file('second.json'))

  // The export-only columns (when and in which round a practice was last verified) are the server's facts, which an
  // import leaves out: the demo's are in the first export; the imported practices were never verified.
  const first = await readFile(file('first.csv'), 'utf8')
  expect(first.split('\r\n').length).toBeGreaterThan(3)
  const [header] = parseCsv(first)
  expect(header!.slice(-exportOnlyKeys.length)).toEqual(exportOnlyKeys)
  const imported = (table: string[][]) => table.map((row) => row.slice(0, -exportOnlyKeys.length))
  expect(imported(parseCsv(await readFile(file('second.csv'), 'utf8')))).toEqual(imported(parseCsv(first)))
  const practices = async (name: string) =>
    (JSON.parse(await readFile(file(name), 'utf8')).practices as Record<string, unknown>[]).map((p) =>
      Object.fromEntries(Object.entries(p).filter(([key]) => !exportOnlyKeys.includes(key))),
    )
  expect(await practices('second.json')).toEqual(await practices('first.json'))
})
