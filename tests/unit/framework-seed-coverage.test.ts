import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import {
  allQuestions,
  choiceQuestions,
  contextOptions,
  dimensionOptions,
  domainOptions,
  framework,
  languageCodes,
  lifecycleOptions,
  locales,
  modalityOptions,
  optionLabel,
  practiceTypeOptions,
  questionByKey,
  sectionOfQuestion,
  unitOptions,
  weekdayLabels,
  weekdays,
  type Option,
  type PracticeFacts,
  type Text,
} from '@/framework'
import { emptyFacts } from '@/benchmark/practice-facts'
import { initialMetrics } from '@/framework/metric-vocabulary'

// --- the seed -------------------------------------------------------------

const seedDir = path.resolve('..', 'shared', 'seeds')
const seedFile = readdirSync(seedDir).find((f) => f.startsWith('002_'))
if (seedFile === undefined) throw new Error(`no 002_* seed in ${seedDir}`)
const seedLines = readFileSync(path.join(seedDir, seedFile), 'utf8').split(/\r?\n/)

const normalise = (s: string): string =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ') // also folds the seed's non-breaking spaces
    .trim()
    .replace(/^\d+\.\s*/, '') // "1. Career Management Skills"
    .toLowerCase()
    .replace(/[?:]$/, '')
    .trim()

/** The framework part of the seed: from its first heading up to the page's comment box. */
function frameworkLines(): string[] {
  const start = seedLines.findIndex((l) => l.trim() === 'Themes for the inventory')
  const end = seedLines.findIndex((l) => l.trim() === 'Comments (1)')
  if (start < 0 || end < start) throw new Error('seed markers not found')
  return seedLines
    .slice(start, end)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '')
}

/**
 * Seed lines that are layout or page headings, not framework content:
 * "Definition" is a column heading of the seed's table, and the "Proposal ..."
 * line titles the whole table (it precedes the range; listed in case the range moves).
 */
const layoutLines = new Set(
  ['Definition', 'Proposal of a framework for design and mapping of existing career guidance services'].map(
    normalise,
  ),
)

function frameworkTexts(): Set<string> {
  const texts: string[] = []
  const option = (o: Option) => texts.push(o.label.en, ...(o.source === undefined ? [] : [o.source]))
  for (const s of framework) {
    texts.push(s.title.en, ...(s.source === undefined ? [] : [s.source]))
    for (const q of s.questions) {
      texts.push(q.label.en, q.prompt.en, ...(q.source === undefined ? [] : [q.source]))
      if (q.kind === 'multi' || q.kind === 'single') q.options.forEach(option)
    }
  }
  return new Set(texts.map(normalise))
}

describe('framework covers the seed', () => {
  it('reads a non-trivial framework part of the seed', () => {
    expect(frameworkLines().length).toBeGreaterThan(100)
  })

  it('traces every seed heading, question and option line to the framework', () => {
    const known = frameworkTexts()
    const missing = frameworkLines().filter((l) => {
      const n = normalise(l)
      return !layoutLines.has(n) && !known.has(n)
    })
    expect(missing, `seed lines not found in the framework:\n${missing.join('\n')}`).toEqual([])
  })

  it('follows the seed order of sections', () => {
    expect(framework.map((s) => s.key)).toEqual([
      'overview',
      'themes',
      'policyFocus',
      'interface',
      'ictFunction',
      'rationale',
      'audience',
      'practitionerRole',
      'access',
      'ictFeatures',
      'lmiFeatures',
      'practitionerSupport',
      'citizenSupport',
      'funding',
      'barriers',
      'evaluation',
      'results',
      'other',
      'contacts',
    ])
  })
})

// --- translations ----------------------------------------------------------

function textsToCheck(): Array<[string, Text]> {
  const out: Array<[string, Text]> = []
  const options = (where: string, list: readonly Option[]) =>
    list.forEach((o) => out.push([`${where}.${o.key}`, o.label]))
  for (const s of framework) {
    out.push([`${s.key}.title`, s.title])
    for (const q of s.questions) {
      out.push([`${s.key}.${q.key}.label`, q.label], [`${s.key}.${q.key}.prompt`, q.prompt])
      if (q.kind === 'multi' || q.kind === 'single') options(`${s.key}.${q.key}`, q.options)
    }
    for (const c of s.criteria) out.push([`${s.key}.criteria.${c.key}`, c.label])
  }
  const record = {
    lifecycleOptions,
    modalityOptions,
    contextOptions,
    practiceTypeOptions,
    domainOptions,
    unitOptions,
    initialMetrics,
    dimensionOptions,
  }
  for (const [name, list] of Object.entries(record)) options(name, list)
  for (const d of weekdays) out.push([`weekday.${d}`, weekdayLabels[d]])
  return out
}

describe('labels', () => {
  it('has non-empty text in every locale', () => {
    const empty = textsToCheck().flatMap(([where, text]) =>
      locales.filter((l) => typeof text[l] !== 'string' || text[l].trim() === '').map((l) => `${where} [${l}]`),
    )
    expect(empty, `missing translations:\n${empty.join('\n')}`).toEqual([])
  })

  it('has no locale that merely repeats the English of a long text', () => {
    // Short words (e.g. "Placement", "Website") may legitimately be the same.
    const copied = textsToCheck().flatMap(([where, text]) =>
      (['nl', 'fr', 'de'] as const)
        .filter((l) => text.en.length > 30 && text[l] === text.en)
        .map((l) => `${where} [${l}]`),
    )
    expect(copied, `untranslated:\n${copied.join('\n')}`).toEqual([])
  })
})

// --- keys -------------------------------------------------------------------

describe('keys', () => {
  it('has question keys unique across the framework, short camelCase', () => {
    const keys = allQuestions().map((q) => q.key)
    const duplicates = keys.filter((k, i) => keys.indexOf(k) !== i)
    expect(duplicates, 'duplicate question keys').toEqual([])
    const bad = keys.filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k) || k.length > 20)
    expect(bad, 'question keys must be camelCase and at most 20 characters').toEqual([])
  })

  it('has section keys unique and criterion keys unique within a section', () => {
    const sectionKeys = framework.map((s) => s.key)
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length)
    for (const s of framework) {
      const keys = s.criteria.map((c) => c.key)
      expect(new Set(keys).size, `criteria of ${s.key}`).toBe(keys.length)
      expect(s.criteria.length, `criteria of ${s.key}`).toBeGreaterThanOrEqual(2)
      expect(s.criteria.length, `criteria of ${s.key}`).toBeLessThanOrEqual(4)
    }
  })

  it('has option keys unique within a question, camelCase', () => {
    const lists: Array<[string, readonly Option[]]> = [
      ...choiceQuestions().map((q) => [q.key, q.options] as [string, readonly Option[]]),
      ['lifecycleOptions', lifecycleOptions],
      ['modalityOptions', modalityOptions],
      ['contextOptions', contextOptions],
      ['practiceTypeOptions', practiceTypeOptions],
      ['domainOptions', domainOptions],
      ['unitOptions', unitOptions],
      ['initialMetrics', initialMetrics],
      ['dimensionOptions', dimensionOptions],
    ]
    for (const [where, options] of lists) {
      const keys = options.map((o) => o.key)
      expect(options.length, `${where} has options`).toBeGreaterThan(0)
      expect(new Set(keys).size, `duplicate option keys in ${where}`).toBe(keys.length)
      expect(keys.filter((k) => !/^[a-z][a-zA-Z0-9]*$/.test(k)), `option keys of ${where}`).toEqual([])
    }
  })

  it('lists the 24 official EU languages and the others, once each', () => {
    expect(new Set(languageCodes).size).toBe(languageCodes.length)
    expect(languageCodes.length).toBe(36)
    expect(languageCodes.every((c) => /^[a-z]{2}$/.test(c))).toBe(true)
  })
})

// --- look-ups ---------------------------------------------------------------

describe('look-ups', () => {
  it('finds questions, their sections and option labels', () => {
    expect(questionByKey('channels')?.kind).toBe('multi')
    expect(questionByKey('nope')).toBeUndefined()
    expect(sectionOfQuestion('mainDriver')?.key).toBe('rationale')
    expect(choiceQuestions().every((q) => q.kind === 'multi' || q.kind === 'single')).toBe(true)
    expect(optionLabel('linkPes', 'formal', 'en')).toBe('Formal connection')
    expect(optionLabel(questionByKey('audiences')!, 'pupils', 'nl')).toBe('Leerlingen')
    expect(optionLabel('linkPes', 'unknown', 'de')).toBe('unknown')
  })
})

// --- criteria ---------------------------------------------------------------


const criterion = (section: string, key: string) => {
  const c = framework.find((s) => s.key === section)?.criteria.find((k) => k.key === key)
  if (c?.rule === undefined) throw new Error(`no rule for ${section}.${key}`)
  return c.rule
}

describe('criterion rules', () => {
  it('does not meet any criterion on an empty practice, and never throws', () => {
    const met = framework.flatMap((s) =>
      s.criteria.filter((c) => c.rule !== undefined && c.rule(emptyFacts())).map((c) => `${s.key}.${c.key}`),
    )
    expect(met, 'criteria met by an empty practice').toEqual([])
  })

  it('decides the access criteria from structured values', () => {
    const facts: PracticeFacts = {
      ...emptyFacts(),
      choices: { channels: ['chat', 'phone'], languages: ['nl'] },
      flags: { anonymous: true },
      openingHours: [{ day: 'mon', from: '14:00', to: '22:00' }],
    }
    expect(criterion('access', 'multiChannel')(facts)).toBe(true)
    expect(criterion('access', 'outsideHours')(facts)).toBe(true)
    expect(criterion('access', 'anonymous')(facts)).toBe(true)
    expect(criterion('access', 'multilingual')(facts)).toBe(false)
    const officeHours = { ...facts, openingHours: [{ day: 'fri' as const, from: '09:00', to: '17:00' }] }
    expect(criterion('access', 'outsideHours')(officeHours)).toBe(false)
  })

  it('checks that every figure has a source', () => {
    const figure = { metric: 'chats', period: '2016-17', value: 1, unit: 'count', source: 'Annual report' }
    const sourced = { ...emptyFacts(), indicators: [figure] }
    expect(criterion('results', 'sourced')(sourced)).toBe(true)
    expect(criterion('results', 'sourced')({ ...sourced, indicators: [figure, { ...figure, source: ' ' }] })).toBe(
      false,
    )
  })
})
