/**
 * Two app instances on one database: a reviewer publishes a practice through one, and the other is asked, back to
 * back, until it shows it: ms from the publish's answer to the practice page (200) and to the catalogue listing it.
 */
import pg from 'pg'

import { demoPassword } from '../../seed/users'
import { startBenchApp, type BenchApp } from './bench-app'
import type { BenchTable } from './bench-table'

const SLUG = 'clbchat'

async function step(app: BenchApp, token: string, id: number, transition: string): Promise<void> {
  const response = await fetch(`${app.base}/api/practices/${id}/transition`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ transition }),
  })
  if (response.status !== 200) throw new Error(`${transition} answered ${response.status}: ${await response.text()}`)
}

/** ms until `shown` is true, asking back to back (at most 30 s). */
async function msUntil(shown: () => Promise<boolean>, since: number): Promise<number> {
  while (performance.now() - since < 30_000) if (await shown()) return performance.now() - since
  return NaN
}

export async function benchInstances(a: BenchApp, url: string, size: number, table: BenchTable): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const id = (await client.query<{ id: number }>('SELECT id FROM practices WHERE slug = $1', [SLUG])).rows[0]!.id
  await client.end()
  const b = await startBenchApp(url)
  try {
    const login = await fetch(`${a.base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'reviewer@example.org', password: demoPassword() }) })
    const { token } = (await login.json()) as { token: string }
    const listed = async () => (await (await fetch(`${b.base}/en/practices?country=BE`)).text()).includes(`href="/en/practices/${SLUG}"`)
    const page = async () => (await fetch(`${b.base}/en/practices/${SLUG}`)).status === 200
    await step(a, token, id, 'archive')
    // b has answered both while the practice was off the site: its caches hold the old answers.
    if ((await page()) || (await listed())) throw new Error('The archived practice is still shown by the other instance')
    await step(a, token, id, 'publish')
    const published = performance.now()
    const pageMs = await msUntil(page, published)
    const catalogueMs = await msUntil(listed, published)
    table.set(size, 'two instances: publish on one → shown on the other: practice page; catalogue (ms)', `${pageMs.toFixed(0)}; ${catalogueMs.toFixed(0)}`)
  } finally {
    await b.stop()
  }
}
