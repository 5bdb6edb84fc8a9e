/**
 * Part of `npm run bench`: Lighthouse's mobile run (its default: a mid-range phone, simulated slow 4G and
 * CPU) against the production build, with Debian's Chromium, once per public page type: home, catalogue,
 * a practice page, compare, a country profile, country comparison and benchmark. Prints the performance
 * score, largest contentful paint, total blocking time and layout shift per page (the median of --runs
 * runs, 3 by default), the SEO score, and the machine's load average, since a loaded machine slows every figure.
 * Beside them two figures no load changes: the JavaScript the page loads (uncompressed KB, as Lighthouse
 * recorded it), which the browser compiles and runs before the page answers, and the React Server Components
 * payload inlined in its HTML (KB), which React decodes and hydrates.
 * Serves the app on a scratch database seeded with the demo content (building it first when stale), or
 * measures a server already running: `--url http://127.0.0.1:3000`.
 */
import type { ChildProcess } from 'node:child_process'
import os from 'node:os'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { launchAppServer, waitUntilServing } from './lib/app-server'
import { buildApp } from './lib/build-app'
import { buildIsCurrent } from './lib/build-state'
import { freePort } from './lib/embedded-postgres'
import { ROOT } from './lib/environment'
import { ensureDatabaseExists } from './lib/prepare-database'
import { runScript, stopProcess } from './lib/run'
import { scratchPostgres } from './lib/scratch-postgres'

const CHROMIUM = '/usr/bin/chromium'
const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const runs = Number(argument('--runs') ?? 3)

/** The addresses of each page type, found on the served site so that they name published content. */
async function pageTypes(base: string): Promise<[name: string, path: string][]> {
  const hrefs = async (path: string, pattern: RegExp) => {
    const html = await (await fetch(`${base}${path}`)).text()
    return [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))]
  }
  const practices = await hrefs('/en/practices', /href="\/en\/practices\/([a-z0-9-]+)"/g)
  const countries = await hrefs('/en/countries', /<th scope="row"><a href="\/en\/countries\/([A-Z]{2})">[^<]*<\/a><\/th><td class="number">[1-9]/g)
  if (practices.length < 2 || countries.length < 2) throw new Error('The site needs at least two published practices in two countries to measure every page type.')
  return [
    ['home', '/en'],
    ['catalogue', '/en/practices'],
    ['practice page', `/en/practices/${practices[0]}`],
    ['compare', `/en/compare?practices=${practices.slice(0, 2).join(',')}`],
    ['country profile', `/en/countries/${countries[0]}`],
    ['country comparison', `/en/countries/compare?countries=${countries.slice(0, 2).join(',')}`],
    ['benchmark', '/en/benchmark'],
  ]
}

interface Measure {
  score: number
  lcp: number
  tbt: number
  cls: number
  seo: number
  /** the SEO audits that failed */
  seoFailures: string[]
  /** uncompressed bytes of the scripts the page loaded */
  jsBytes: number
}

async function measure(url: string, port: number): Promise<Measure> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'seo'] })
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`)
  const { categories, audits } = result.lhr
  const seoFailures = (categories.seo?.auditRefs ?? []).filter((ref) => ref.weight > 0 && audits[ref.id]?.score === 0).map((ref) => ref.id)
  return {
    seoFailures,
    score: Math.round((categories.performance?.score ?? 0) * 100),
    lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbt: audits['total-blocking-time']?.numericValue ?? NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    seo: Math.round((categories.seo?.score ?? 0) * 100),
    jsBytes: requestsOf(audits['network-requests']?.details)
      .filter((request) => request.resourceType === 'Script')
      .reduce((sum, request) => sum + (request.resourceSize ?? 0), 0),
  }
}

const requestsOf = (details: unknown) => ((details as { items?: { resourceType?: string; resourceSize?: number }[] } | undefined)?.items ?? [])

/** The length of the React Server Components payload that Next inlines in a page's HTML (self.__next_f.push scripts). */
async function inlinePayloadBytes(url: string): Promise<number> {
  const html = await (await fetch(url)).text()
  return [...html.matchAll(/<script[^>]*>self\.__next_f\.push\((.*?)\)<\/script>/gs)]
    .map((m) => JSON.parse(m[1]!) as [number, string?])
    .reduce((sum, [, chunk]) => sum + Buffer.byteLength(chunk ?? ''), 0)
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function benchAt(base: string) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] })
  try {
    console.log(`Lighthouse mobile, median of ${runs} runs; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`)
    console.log(`${'page type'.padEnd(20)} ${'score'.padStart(5)} ${'LCP'.padStart(7)} ${'TBT'.padStart(7)} ${'CLS'.padStart(5)} ${'SEO'.padStart(4)} ${'JS KB'.padStart(6)} ${'RSC KB'.padStart(6)}  load  address`)
    for (const [name, path] of await pageTypes(base)) {
      const measures: Measure[] = []
      for (let i = 0; i < runs; i++) measures.push(await measure(`${base}${path}`, chrome.port))
      const score = median(measures.map((m) => m.score))
      const lcp = `${(median(measures.map((m) => m.lcp)) / 1000).toFixed(1)} s`
      const tbt = `${Math.round(median(measures.map((m) => m.tbt)))} ms`
      const cls = median(measures.map((m) => m.cls)).toFixed(2)
      const js = String(Math.round(median(measures.map((m) => m.jsBytes)) / 1024))
      const rsc = String(Math.round((await inlinePayloadBytes(`${base}${path}`)) / 1024))
      const load = os.loadavg()[0]!.toFixed(1)
      const seoFailures = measures[0]!.seoFailures.length > 0 ? ` (SEO fails: ${measures[0]!.seoFailures.join(', ')})` : ''
      console.log(`${name.padEnd(20)} ${String(score).padStart(5)} ${lcp.padStart(7)} ${tbt.padStart(7)} ${cls.padStart(5)} ${String(median(measures.map((m) => m.seo))).padStart(4)} ${js.padStart(6)} ${rsc.padStart(6)}  ${load.padStart(4)}  ${path}${seoFailures}`)
    }
  } finally {
    chrome.kill()
  }
}

const given = argument('--url')
if (given) {
  await benchAt(given.replace(/\/$/, ''))
} else {
  const server = await scratchPostgres('bench-lighthouse')
  const url = server.url(`atlas_lighthouse_${Date.now().toString(36)}`)
  let app: ChildProcess | undefined
  try {
    await ensureDatabaseExists(url)
    const env = { ...process.env, DATABASE_URL: url, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || `bench-${process.pid}` }
    await runScript(`${ROOT}/scripts/migrate.ts`, [], { ...env, SEED_DEMO: 'true' }, { timeoutMs: 300_000 })
    if (!buildIsCurrent(ROOT)) await buildApp(env)
    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    app = launchAppServer({ ...env, PORT: String(port), SERVER_URL: base })
    await waitUntilServing(`${base}/en`, 120_000)
    await benchAt(base)
  } finally {
    if (app) await stopProcess(app)
    await server.stop()
  }
}
