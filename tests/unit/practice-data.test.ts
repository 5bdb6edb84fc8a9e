/**
 * The practice data files (seed/practices/data): a real demo inventory a reviewer can check one
 * record at a time against its sources. No person's name, phone number or e-mail address in
 * what the site shows; every figure tied to one of its practice's sources.
 */

import { describe, expect, it } from 'vitest'

import { initialMetrics } from '@/framework/metric-vocabulary'
import { unitOptions } from '@/framework/record'
import { seedPractices } from '../../seed'
import { demoMetrics } from '../../seed/metrics'
import { dataFiles, dataPractices, demoPractices, type DemoRecord } from '../support/demo-practices'

type Source = { key: string; url?: string }
type Indicator = { metric: string; unit: string; period?: string; source: string }
type Person = { name: string }

const practices = dataPractices()
const sourcesOf = (p: DemoRecord) => (p.sources ?? []) as Source[]
const indicatorsOf = (p: DemoRecord) => (p.indicators ?? []) as Indicator[]

/** Every string of a practice a visitor may see: all of it except its contact persons (shown only when marked public). */
function publicStrings(value: unknown, key = ''): string[] {
  if (key === 'persons') return []
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((v) => publicStrings(v))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => publicStrings(v, k))
  return []
}

/** Phone numbers as sources print them (+43/1/599 91-219, 0911/943 43 43, 0800 100 900): at least eight digits after a + or a leading 0. */
const phoneNumbers = (text: string) => (text.match(/(?:\+\d|\b0\d)[\d\s/.()-]{5,}\d/g) ?? []).filter((m) => m.replace(/\D/g, '').length >= 8)
const emailAddress = /[\w.+-]+@[\w-]+\.[\w.-]+/
const isWebAddress = (text: string) => /^https?:\/\/\S+$/.test(text)

describe('practice data files', () => {
  it('hold at least 21 practices, one per file named after its slug, none replacing a seed practice', () => {
    const files = dataFiles()
    expect(files.length).toBeGreaterThanOrEqual(21)
    for (const file of files) {
      expect(file.practices, file.name).toHaveLength(1)
      expect(file.name).toBe(`${file.practices[0]!.slug}.json`)
    }
    const seedSlugs = new Set(seedPractices.map((p) => p.slug))
    expect(practices.filter((p) => seedSlugs.has(p.slug)).map((p) => p.slug)).toEqual([])
  })

  it('make, with the seed practices, an inventory of at least 24 practices from at least 10 countries', () => {
    const demo = demoPractices()
    expect(demo.length).toBeGreaterThanOrEqual(24)
    expect(new Set(demo.map((p) => p.country)).size).toBeGreaterThanOrEqual(10)
  })

  it('give every practice at least one source with a web address', () => {
    const unsourced = practices.filter((p) => !sourcesOf(p).some((s) => typeof s.url === 'string' && /^https?:\/\//.test(s.url)))
    expect(unsourced.map((p) => p.slug)).toEqual([])
  })

  it('tie every figure to one of its practice’s own sources and to a period', () => {
    const loose = practices.flatMap((p) => {
      const keys = new Set(sourcesOf(p).map((s) => s.key))
      return indicatorsOf(p)
        .filter((i) => !keys.has(i.source) || !/^\d{4}(-\d{2})?$/.test(i.period ?? ''))
        .map((i) => `${p.slug}: ${i.metric} (source ${i.source}, period ${i.period})`)
    })
    expect(loose).toEqual([])
  })

  it('print no person’s name, phone number or e-mail address in a public field', () => {
    const names = demoPractices().flatMap((p) => ((p.persons ?? []) as Person[]).map((person) => person.name))
    expect(names.length).toBeGreaterThan(0)
    const found = practices.flatMap((p) =>
      publicStrings(p).flatMap((text) => [
        ...names.filter((name) => text.includes(name)).map((name) => `${p.slug}: name “${name}”`),
        ...(isWebAddress(text) ? [] : phoneNumbers(text).map((n) => `${p.slug}: phone number “${n}”`)),
        ...(emailAddress.test(text) ? [`${p.slug}: e-mail address “${text.match(emailAddress)![0]}”`] : []),
      ]),
    )
    expect(found).toEqual([])
  })

  it('give title and summary in English, Dutch, French and German, longer texts also in an original language among those', () => {
    const has = (text: unknown, locale: string) => typeof (text as Record<string, unknown> | undefined)?.[locale] === 'string'
    const incomplete = practices.flatMap((p) => {
      const locales = ['en', ...(['nl', 'fr', 'de'].includes(String(p.originalLanguage)) ? [String(p.originalLanguage)] : [])]
      const texts = Object.entries(p).filter(([key, value]) => key !== 'title' && key !== 'summary' && has(value, 'en'))
      return [
        ...(['en', 'nl', 'fr', 'de'].every((l) => has(p.title, l) && has(p.summary, l)) ? [] : [`${p.slug}: title or summary`]),
        ...texts.filter(([, value]) => !locales.every((l) => has(value, l))).map(([key]) => `${p.slug}: ${key}`),
      ]
    })
    expect(incomplete).toEqual([])
  })

  it('use metrics of the vocabulary or of seed/metrics.json, which lists only metrics in use and never one twice', () => {
    const demo = demoMetrics().map((m) => m.key)
    expect(new Set(demo).size).toBe(demo.length)
    expect(demo.filter((key) => initialMetrics.some((m) => m.key === key))).toEqual([])
    const knownMetrics = new Set([...initialMetrics.map((m) => m.key), ...demo])
    const knownUnits = new Set(unitOptions.map((o) => o.key))
    const used = practices.flatMap(indicatorsOf)
    expect(used.filter((i) => !knownMetrics.has(i.metric)).map((i) => i.metric)).toEqual([])
    expect(used.filter((i) => !knownUnits.has(i.unit)).map((i) => i.unit)).toEqual([])
    expect(demo.filter((key) => !used.some((i) => i.metric === key))).toEqual([])
  })
})
